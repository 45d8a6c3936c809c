/** Upcoming statutory dates for the home page: filled in by the letters feature. */
export default function UpcomingDates() {
  return null;
}
