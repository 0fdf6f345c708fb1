import { describe, expect, it } from 'vitest';
import { isBotCommand, parseCommand } from '../../src/teams/parse-command';

describe('parseCommand', () => {
  it.each([
    ['', 'help'],
    ['help', 'help'],
    ['Hello!', 'help'],
    ['thanks', 'help'],
    ['?', 'help'],
    ['banana', 'help'],
  ])('treats %j as help', (text, kind) => {
    expect(parseCommand(text).kind).toBe(kind);
  });

  it.each([
    'can I upload files?',
    'Can I set up a group with people from the council',
    'is it ok to use my gmail for the team twitter',
    'upload a spreadsheet to the network',
    'who set up our neighbourhood blog?',
  ])('treats %j as a question', (text) => {
    expect(parseCommand(text)).toEqual({ kind: 'question', text });
  });

  it.each([
    ['watch', { kind: 'watch' }],
    ['Watch this channel', { kind: 'watch' }],
    ['unwatch', { kind: 'unwatch' }],
    ['set moderators', { kind: 'set_moderators' }],
    ['set psd', { kind: 'set_psd' }],
    ['settings', { kind: 'settings' }],
    ['grant moderator Jane Smith', { kind: 'grant', role: 'moderator' }],
    ['revoke psd Jane', { kind: 'revoke', role: 'psd' }],
    ['grant admin Jo', { kind: 'grant', role: 'admin' }],
    ['report', { kind: 'report', periodText: '' }],
    ['report 30d', { kind: 'report', periodText: '30d' }],
    ['report 2026-11-01 2026-11-21', { kind: 'report', periodText: '2026-11-01 2026-11-21' }],
    ['export csv', { kind: 'export', format: 'csv', periodText: '' }],
    ['export csv 30d', { kind: 'export', format: 'csv', periodText: '30d' }],
    ['audit F-7K2M9QXD', { kind: 'audit', flagId: 'F-7K2M9QXD' }],
    ['audit f-7k2m9qxd', { kind: 'audit', flagId: 'F-7K2M9QXD' }],
    ['status', { kind: 'status' }],
    ['suggest a status', { kind: 'status' }],
    ['help me with my status', { kind: 'status' }],
    ['check status "Working on the ASB plan, ring me on 07700 900123"', { kind: 'check_status', draft: 'Working on the ASB plan, ring me on 07700 900123' }],
    ['check my status: off to Spain', { kind: 'check_status', draft: 'off to Spain' }],
    ['status: Attending the NPCC meeting', { kind: 'check_status', draft: 'Attending the NPCC meeting' }],
  ])('parses %j', (text, expected) => {
    expect(parseCommand(text)).toEqual(expected);
  });

  it('does not mistake "can I report a post" for a report request', () => {
    expect(parseCommand('can I report a post?').kind).toBe('question');
  });
});

describe('isBotCommand (a command to the bot is not a staff post to dip-sample)', () => {
  it.each(['sample 10%', 'settings', 'watch', 'set moderators', 'report 7d', 'help', 'queue', 'check my status "off to Whitby"'])('"%s" is a command', (text) => {
    expect(isBotCommand(text)).toBe(true);
  });
  it.each(['can I post a photo of the team night out?', 'great work everyone on the charity run', 'the canteen is shut today'])('"%s" is not', (text) => {
    expect(isBotCommand(text)).toBe(false);
  });
});

