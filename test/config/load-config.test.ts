import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config';
import { ConfigError } from '../../src/errors/app-error';

describe('loadConfig', () => {
  it('gives local anonymous defaults with an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3978);
    expect(config.anonymous).toBe(true);
    expect(config.policyFiles[0]).toMatch(/policies[\\/]social-media-policy\.txt$/);
    expect(config.retentionDays).toBe(90);
    expect(config.reportSchedule).toBe('0 8 * * 1');
    expect(config.detection.allowedEmailDomains).toEqual(['staffordshire.police.uk']);
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.bootstrapRoles.admin)).toBe(true);
  });

  it('treats an empty BOT_ID as anonymous mode', () => {
    expect(loadConfig({ BOT_ID: '' }).anonymous).toBe(true);
  });

  it('requires the password and tenant once an app id is set, naming the variables', () => {
    expect(() => loadConfig({ BOT_ID: '00000000-0000-4000-8000-000000000001' })).toThrow(ConfigError);
    expect(() => loadConfig({ BOT_ID: '00000000-0000-4000-8000-000000000001' })).toThrow(/BOT_PASSWORD.*BOT_TENANT_ID/);
    const ok = loadConfig({ BOT_ID: '00000000-0000-4000-8000-000000000001', BOT_PASSWORD: 'x', BOT_TENANT_ID: 't' });
    expect(ok.anonymous).toBe(false);
    expect(ok.bot.type).toBe('SingleTenant');
  });

  it('rejects bad values with the variable name', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ BOT_TYPE: 'Whatever' })).toThrow(/BOT_TYPE/);
    expect(() => loadConfig({ ADMIN_IDS: 'not an id!' })).toThrow(/ADMIN_IDS/);
    expect(() => loadConfig({ DATABASE_URL: 'nope' })).toThrow(/DATABASE_URL/);
    // RETENTION_DAYS is parsed here only (the retention job takes the number).
    expect(loadConfig({ RETENTION_DAYS: '30' }).retentionDays).toBe(30);
    expect(() => loadConfig({ RETENTION_DAYS: '0' })).toThrow(/RETENTION_DAYS/);
    expect(() => loadConfig({ RETENTION_DAYS: 'abc' })).toThrow(/RETENTION_DAYS/);
  });

  it('parses id lists and domains', () => {
    const config = loadConfig({ ADMIN_IDS: ' 6B1D3C0E-0000-4000-8000-00000000AD01 ,6b1d3c0e-0000-4000-8000-00000000ad02', ALLOWED_EMAIL_DOMAINS: 'Staffordshire.Police.uk, police.uk' });
    expect(config.bootstrapRoles.admin).toEqual(['6b1d3c0e-0000-4000-8000-00000000ad01', '6b1d3c0e-0000-4000-8000-00000000ad02']);
    expect(config.detection.allowedEmailDomains).toEqual(['staffordshire.police.uk', 'police.uk']);
  });
});
