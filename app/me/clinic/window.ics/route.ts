/** The calendar file (.ics) of the next opening of the clinic-choice window of the resident's region (RULES §8). */
import { NO_STORE, signedInRoute } from '@/lib/dal';
import { myClinicStatus } from '@/lib/dal/clinic';
import { choiceWindow, windowIcs } from '@/lib/policy/jiangmen/clinic-choice';

export const GET = signedInRoute(async () => {
  const status = await myClinicStatus();
  if (!status) return new Response('not found', { status: 404, headers: NO_STORE });
  // Inside the window or before it: this year's; after it (never: it ends on 31 Dec) next year's.
  const w = status.window.open || status.window.daysUntilOpen !== null ? status.window : choiceWindow(status.region, `${status.window.forYear}-01-01`);
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const body = windowIcs(w, `clinic-choice-${status.region}-${w.opensOn}@yibaotong`, stamp);
  return new Response(body, {
    headers: { ...NO_STORE, 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': `attachment; filename="clinic-choice-${w.opensOn}.ics"` },
  });
});
