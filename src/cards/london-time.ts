/** Times in cards are shown in the force's local time, whatever the server's zone. */
const formatter = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' });

export function londonTime(date: Date): string {
  return formatter.format(date);
}
