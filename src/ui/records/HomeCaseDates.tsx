import { CaseDates } from './caseDates';

/** Home's dates from the family's requests: the next 14 days (loaded only once a request is followed). */
export default function HomeCaseDates() {
  return <CaseDates days={14} headingKey="dates.homeHeading" />;
}
