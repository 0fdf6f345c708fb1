import { describe, it } from 'vitest';
import { finds } from './finds';

/** Precision rules of the dev set 16 round (clean posts that were flagged), in new words, each with cases that must still be found. */

describe('a network range in CIDR notation is no address of a device', () => {
  it('host bits all zero after the prefix', () => {
    // Twentieth session: only a large block (shorter than /22); a /24 is one site's or customer's, as dev 25, 27 and 29's
    // writers labelled it (core-twentieth.test.ts), so "192.168.40.0/24" is read now.
    finds('Firewall rule allows 172.16.0.0/12 and 192.168.40.0/24 from the new site.', [['ip_address', '192.168.40.0']]);
    finds('VPN pool moved to 10.8.0.0/16 over the weekend, nothing for users to do.', [], ['ip_address']);
  });
  it('a host written with its prefix, or an address without one, is still read', () => {
    finds('His laptop showed 10.8.3.14/16 when it joined the wifi.', [['ip_address', '10.8.3.14']]);
    finds('Logins came from 81.2.69.160 at 0300.', [['ip_address', '81.2.69.160']]);
    finds('Range 192.168.40.0/33 is not a range at all', [['ip_address', '192.168.40.0']]);
  });
});

describe('a tier word opening a line and running into lower-case words qualifies them', () => {
  it('a word of the sentence, not a header', () => {
    finds('SECRET ballot for the federation rep closes Friday.', [], ['protective_marking']);
    finds('RESTRICTED vehicles must use the rear barrier this week.', [], ['protective_marking']);
  });
  it('set off, in capitals, or before a handling instruction it is still a marking', () => {
    finds('RESTRICTED do not forward outside the team, list attached', [['protective_marking', 'RESTRICTED']]);
    finds('SECRET\nop order for Saturday attached', [['protective_marking', 'SECRET']]);
    finds('RESTRICTED - nominal list for the warrant attached', [['protective_marking', 'RESTRICTED']]);
  });
});

describe('a lower-case "street" opening with a small word is a clause after a number', () => {
  it('"number 12 is in the yard", not a street', () => {
    finds('Pool car number 4412 is in the garage until Tuesday.', [], ['address']);
    finds('Van number 31 on the road again after its MOT.', [], ['address']);
  });
  it('a street after a word about where someone lives still counts, "the" opening it too', () => {
    finds('she lives at 9 the paddock now', [['address', '9 the paddock']]);
    finds('new address 27 ashbourne rd for him', [['address', '27 ashbourne rd']]);
  });
});
