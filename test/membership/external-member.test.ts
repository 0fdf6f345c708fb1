import { describe, expect, it } from 'vitest';
import { externalReason, isPartnerDomain, memberDomain, normaliseDomain } from '../../src/membership/external-member';
import { findLeavers, tooManyAtOnce } from '../../src/membership/leavers';
import { parsePartnerChange } from '../../src/membership/partner-domains';
import { parseCommand } from '../../src/teams/parse-command';

const TENANT = '0f0e0d0c-0000-4000-8000-00000000beef';

describe('who is external', () => {
  it('guests and anonymous accounts are external; members of another tenant are external; our own users are not', () => {
    expect(externalReason({ id: '29:a', userRole: 'guest', tenantId: TENANT }, TENANT)).toBe('guest');
    expect(externalReason({ id: '29:a', userRole: 'anonymous' }, TENANT)).toBe('guest');
    expect(externalReason({ id: '29:a', userRole: 'user', tenantId: 'FFFFFFFF-0000-4000-8000-000000000000' }, TENANT)).toBe('other_tenant');
    expect(externalReason({ id: '29:a', userRole: 'user', tenantId: TENANT.toUpperCase() }, TENANT)).toBeUndefined();
    expect(externalReason({ id: '29:a', userRole: 'user' }, TENANT)).toBeUndefined();
    expect(externalReason({ id: '29:a', tenantId: 'other' }, undefined)).toBeUndefined();
  });

  it('finds the home domain in the email, or in a guest user principal name rewritten by Entra', () => {
    expect(memberDomain({ email: 'Jo.Bloggs@Council.gov.uk' })).toBe('council.gov.uk');
    expect(memberDomain({ userPrincipalName: 'jo.bloggs_staffs-council.gov.uk#EXT#@force.onmicrosoft.com' })).toBe('staffs-council.gov.uk');
    expect(memberDomain({ userPrincipalName: 'pat@staffordshire.police.uk' })).toBe('staffordshire.police.uk');
    expect(memberDomain({})).toBeNull();
    expect(memberDomain({ userPrincipalName: 'no-at-sign' })).toBeNull();
  });

  it('a partner domain covers its subdomains but not look-alikes', () => {
    expect(isPartnerDomain('council.gov.uk', ['council.gov.uk'])).toBe(true);
    expect(isPartnerDomain('social.council.gov.uk', ['council.gov.uk'])).toBe(true);
    expect(isPartnerDomain('evilcouncil.gov.uk', ['council.gov.uk'])).toBe(false);
    expect(isPartnerDomain(null, ['council.gov.uk'])).toBe(false);
  });

  it('accepts domain names only', () => {
    expect(normaliseDomain(' @Council.GOV.uk. ')).toBe('council.gov.uk');
    expect(normaliseDomain('jo@council.gov.uk')).toBeUndefined();
    expect(normaliseDomain('localhost')).toBeUndefined();
    expect(normaliseDomain('-bad-.com')).toBeUndefined();
  });
});

describe('partner commands', () => {
  it('parses add, remove and list, and leaves questions about partners alone', () => {
    expect(parseCommand('partners')).toEqual({ kind: 'partner', text: '' });
    expect(parseCommand('partner add council.gov.uk')).toEqual({ kind: 'partner', text: 'add council.gov.uk' });
    expect(parseCommand('Partner remove @council.gov.uk')).toEqual({ kind: 'partner', text: 'remove @council.gov.uk' });
    expect(parseCommand('partner agencies: can we share photos with them?').kind).toBe('question');
    expect(parsePartnerChange('add @Council.gov.uk')).toEqual({ add: 'council.gov.uk' });
    expect(parsePartnerChange('remove council.gov.uk')).toEqual({ remove: 'council.gov.uk' });
    expect(parsePartnerChange('')).toBeUndefined();
    expect(parsePartnerChange('add not a domain')).toHaveProperty('problem');
    expect(parsePartnerChange('add jo@council.gov.uk')).toHaveProperty('problem');
  });
});

describe('leavers', () => {
  const grant = (userId: string, role: 'admin' | 'moderator' | 'psd') => ({ userId, role, name: userId, grantedBy: 'x', grantedAt: new Date(0) });

  it('are role holders missing from every roster read, with all their roles', () => {
    const leavers = findLeavers([grant('A', 'moderator'), grant('b', 'moderator'), grant('b', 'psd')], new Set(['a']));
    expect(leavers).toEqual([{ userId: 'b', name: 'b', roles: ['moderator', 'psd'] }]);
  });

  it('too many at once holds revocation back (an incomplete roster, not a wave of leavers)', () => {
    expect(tooManyAtOnce(1, 1)).toBe(false);
    expect(tooManyAtOnce(2, 3)).toBe(false);
    expect(tooManyAtOnce(3, 4)).toBe(true);
    expect(tooManyAtOnce(5, 10)).toBe(false);
    expect(tooManyAtOnce(6, 10)).toBe(true);
  });
});
