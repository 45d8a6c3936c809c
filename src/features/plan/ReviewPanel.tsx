import { useState } from 'react';
import { nowIso } from '../../domain/ids';
import { EMPTY_REVIEW, hasReview, startNextCycle, updateReview } from '../../domain/plan/review';
import { currentCycle, type PlanRecord, type PlanReview } from '../../domain/plan/types';
import { TextField } from './parts';
import { usePlanText } from './text';
import { TextArea } from '../../ui/primitives/keepCaret';
import { TEXT_MAX } from '../../domain/limits';
import { LimitNote } from '../../ui/primitives/LimitNote';

/** "Review this plan": what worked, what did not, next steps; finishing it starts the next cycle. */
export function ReviewPanel({
  plan,
  save,
  onNotice,
  focus,
}: {
  plan: PlanRecord;
  save: (change: (p: PlanRecord) => PlanRecord) => void;
  onNotice: (text: string) => void;
  focus: (id: string) => void;
}) {
  const { t } = usePlanText();
  const [reviewing, setReviewing] = useState(false);
  const [reviewError, setReviewError] = useState(false);
  const cycle = currentCycle(plan);
  const review: PlanReview = cycle.review ?? EMPTY_REVIEW;
  const showReview = reviewing || hasReview(cycle.review);
  const setReview = (patch: Partial<PlanReview>) => {
    setReviewError(false);
    save((p) => updateReview(p, { ...(currentCycle(p).review ?? EMPTY_REVIEW), ...patch }, nowIso()));
  };
  const finishReview = () => {
    if (!hasReview(cycle.review)) {
      setReviewError(true);
      document.getElementById('plan-review-worked')?.focus();
      return;
    }
    const next = startNextCycle(plan, review, nowIso());
    save(() => next);
    setReviewing(false);
    onNotice(t('plan:review.finished', { number: currentCycle(next).number }));
    document.getElementById('plan-cycle-heading')?.focus();
  };

  return (
    <section className="panel plan-review" aria-labelledby="plan-review-heading">
      <h2 id="plan-review-heading">{t('plan:review.heading')}</h2>
      <p>{t('plan:review.intro')}</p>
      {showReview ? (
        <fieldset>
          <legend className="visually-hidden">{t('plan:review.heading')}</legend>
          {reviewError && (
            <p className="error-message" id="plan-review-error">
              {t('plan:review.needSomething')}
            </p>
          )}
          <div className="field">
            <label htmlFor="plan-review-worked">{t('plan:review.worked')}</label>
            <TextArea
              id="plan-review-worked"
              rows={3}
              value={review.worked}
              aria-describedby={reviewError ? 'plan-review-error' : undefined}
              aria-invalid={reviewError || undefined}
              maxLength={TEXT_MAX}
              onChange={(e) => setReview({ worked: e.target.value })}
            />
            <LimitNote value={review.worked} max={TEXT_MAX} />
          </div>
          <TextField id="plan-review-not-worked" label={t('plan:review.notWorked')} value={review.notWorked} onChange={(v) => setReview({ notWorked: v })} />
          <TextField id="plan-review-steps" label={t('plan:review.steps')} hint={t('plan:review.stepsHint')} value={review.steps} onChange={(v) => setReview({ steps: v })} />
          <div className="button-row">
            <button type="button" className="button" onClick={finishReview}>
              {t('plan:review.finish')}
            </button>
            {!hasReview(cycle.review) && (
              <button type="button" className="button button--secondary" onClick={() => setReviewing(false)}>
                {t('plan:review.cancel')}
              </button>
            )}
          </div>
        </fieldset>
      ) : (
        <button
          type="button"
          className="button"
          onClick={() => {
            setReviewing(true);
            focus('plan-review-worked');
          }}
        >
          {t('plan:review.start')}
        </button>
      )}
    </section>
  );
}
