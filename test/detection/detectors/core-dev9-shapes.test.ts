import { describe, it } from 'vitest';
import { finds } from './finds';

/**
 * Core shapes learned from the ninth blind dev set (dev set 9 round), written here in new words:
 * each rule with positives and with negatives that must not fire.
 */

describe('a date of birth right after a name, in any written format', () => {
  it('set off by commas, year first, month in words, dashes, a two-digit year, a lower-case name', () => {
    finds('Tasking: Jordan Pace, 17/11/1996, curfew check tonight please', [['date_of_birth', '17/11/1996']]);
    finds('Courtney Bell 2001-06-23 missing from care again, third time this month', [['date_of_birth', '2001-06-23']]);
    finds('Restraint order: Wayne Talbot 9 Oct 1979 - assets frozen pending trial', [['date_of_birth', '9 Oct 1979']]);
    finds('Ellie Ward 05-08-2002 picked up for shoplifting in Hanley', [['date_of_birth', '05-08-2002']]);
    finds('shane hollis 12/7/88 breached his bail again overnight', [['date_of_birth', '12/7/88']]);
    finds('stopped the driver, Bethany Cole, 21st June 1993, no insurance', [['date_of_birth', '21st June 1993']]);
  });

  it('not an event date: recent, the start of a span, or a date the sentence goes on about', () => {
    finds('Cheers Dave Pike, 14 March 2019 was a great night out', [], ['date_of_birth']);
    finds('Cheers Dave Pike, 14 March 2019 at the Kings Head, never again', [], ['date_of_birth']);
    finds('Congrats to PC Amy Shore, 3 May 2001 - today, 25 years in the job', [], ['date_of_birth']);
    finds('Amy Shore 03/05/2001 to 2026, what a career', [], ['date_of_birth']);
    finds('Sarah Jones 12/11/25 meeting moved to the annex', [], ['date_of_birth']);
    finds('Crown Court, 12/03/2019, listed for mention', [], ['date_of_birth']);
    finds('Room Booking 2019-05-01 was cancelled', [], ['date_of_birth']);
  });
});

describe('an NI number whose prefix reads as "SC"', () => {
  it('two capitals, three digit pairs and a suffix letter are an NI number, not a sort code', () => {
    finds('can you check SC 61 03 29 A with HMRC before interview', [['nino', 'SC 61 03 29 A']], ['bank_account']);
  });

  it('a sort code after "sc" stays a sort code, with or without a following "a/c"', () => {
    finds('SC 61 03 29 paid in on Friday', [['bank_account', '61 03 29']], ['nino']);
    finds('sc 61 03 29 a/c 71844390 for the refund', [['bank_account', '61 03 29'], ['bank_account', '71844390']]);
  });
});

describe('an account number named right before it', () => {
  it('"acct" right before the number outranks a reference word further back', () => {
    finds('invoice from the lawyers mentions acct 31926658 at Lloyds', [['bank_account', '31926658']]);
  });

  it('a reference word qualifying the account word still vetoes', () => {
    finds('customer account 31926658 for the gas bill', [], ['bank_account']);
    finds('order ref acct 31926658 on the portal', [], ['bank_account']);
  });
});

describe("someone's own number named before a document word", () => {
  it('"his number on the ticket is ..." is a phone number', () => {
    finds('his number on the ticket is 07700 900461, ring him after 4', [['phone', '07700 900461']]);
    finds('her mobile on the job sheet is 01632 960187', [['phone', '01632 960187']]);
  });

  it('a document word naming the number itself still vetoes', () => {
    finds('ticket 0113 496 0911 raised with the helpdesk', [], ['phone']);
    finds('my number is 01632 960001, ref 0113 496 0522 for the claim', [['phone', '01632 960001']]);
    finds('ref 0113 496 0522 for the claim', [], ['phone']);
  });
});

describe('version numbers after a product name', () => {
  it('a dotted quad the sentence calls a build or release is no IP address', () => {
    finds('Cellebrite 7.61.2.13 is the build we are on now', [], ['ip_address']);
    finds('Oxygen 16.0.0.93 release notes are on the wiki', [], ['ip_address']);
  });

  it('an IP address stays one: after an IP word, or not after a product name', () => {
    finds('Router 192.168.1.254 needs a firmware update', [['ip_address', '192.168.1.254']]);
    finds('logged in from 81.2.69.160 just before the update', [['ip_address', '81.2.69.160']]);
  });
});

describe('Action Fraud references', () => {
  it('"NFRC" and twelve digits carries its own police prefix; "fraud ref" is police business', () => {
    finds('Action Fraud gave her NFRC251187654321 for the courier scam', [['crime_reference', 'NFRC251187654321']]);
    finds('fraud ref 77120 for the romance scam file', [['crime_reference', '77120']]);
  });

  it('not a short NFRC-like code, nor another business reference', () => {
    finds('NFRC12345 on the form, no reference word', [], ['crime_reference']);
    finds('pension ref PN4471 for the paperwork', [], ['crime_reference']);
  });
});

describe('addresses as people type them', () => {
  it('a lower-case street before a full postcode; "addy"; a number and name after the word "address"', () => {
    finds('dropped her back at 11 birchwood way ST3 5PX around 2', [['address', '11 birchwood way']]);
    finds('bail addy is 23 foxglove close for now', [['address', '23 foxglove close']]);
    finds('forwarding address is 4 The Sidings, Stone', [['address', '4 The Sidings']]);
    finds('her address: 16 Lime Kiln, Cheadle', [['address', '16 Lime Kiln']]);
  });

  it('no address from the article alone, an IP address, or a lower-case street with no postcode or home word', () => {
    finds('address is 3 The', [], ['address']);
    finds('the IP address is 10 Downing', [], ['address']);
    finds('meet at 11 birchwood way', [], ['address']);
  });
});
