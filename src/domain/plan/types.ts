/** A family's plan for one child. Stored in the `plans` store; refined by the plan feature. */
export interface PlanRecord {
  id: string;
  childId: string;
  createdAt: string;
  updatedAt: string;
  [field: string]: unknown;
}
