import React, {useRef} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useCases} from '@site/src/data/matrix';
import {isUseCaseId} from '@site/src/data/queries';
import {isOptionOf, questions, withAnswer, type Choice, type QuestionId} from '@site/src/data/chooser';
import styles from './styles.module.css';

export interface ChooserFormProps {
  /** Prefix for element ids and radio-group names, unique on the page. */
  readonly idPrefix: string;
  /** The current choice; the form is fully controlled. */
  readonly choice: Choice;
  /** Called with the new choice after every change. */
  readonly onChange: (next: Choice) => void;
}

/** Value of the "Not sure" radio in every group. */
const NOT_SURE = '';

/**
 * The chooser's form: a use case (optional) and one radio group per question,
 * each a fieldset with a legend. Native controls, so Tab moves between groups
 * and the arrow keys change the answer inside a group. The controls stay
 * disabled until the page has hydrated and they can work.
 */
export default function ChooserForm({idPrefix, choice, onChange}: ChooserFormProps): React.JSX.Element {
  const interactive = useIsBrowser();
  const firstControl = useRef<HTMLSelectElement>(null);
  const given: Partial<Record<QuestionId, string>> = choice.answers;
  const answeredCount = questions.filter((q) => given[q.id] !== undefined).length;

  const setUseCase = (value: string): void => {
    onChange(isUseCaseId(value) ? {useCase: value, answers: choice.answers} : {answers: choice.answers});
  };
  const setAnswer = (question: QuestionId, value: string): void => {
    const option = isOptionOf(question, value) ? value : undefined;
    onChange({...choice, answers: withAnswer(choice.answers, question, option)});
  };

  return (
    <form
      className={styles.form}
      aria-label="Describe your situation"
      data-testid="chooser-form"
      onSubmit={(event) => event.preventDefault()}>
      <div className={styles.field}>
        <label className={styles.label} htmlFor={`${idPrefix}-use-case`}>
          Your use case
        </label>
        <p className={styles.hint} id={`${idPrefix}-use-case-hint`}>
          Optional. Pick the typical use case closest to yours to start from its row of the matrix.
        </p>
        <select
          id={`${idPrefix}-use-case`}
          ref={firstControl}
          className={styles.select}
          aria-describedby={`${idPrefix}-use-case-hint`}
          disabled={!interactive}
          value={choice.useCase ?? ''}
          onChange={(event) => setUseCase(event.target.value)}>
          <option value="">No use case chosen</option>
          {useCases.map((useCase) => (
            <option key={useCase.id} value={useCase.id}>
              {useCase.title}
            </option>
          ))}
        </select>
      </div>

      <fieldset className={styles.questions} disabled={!interactive}>
        <legend className={styles.label}>Questions about the interface</legend>
        <p className={styles.hint}>Answer the ones you know and leave the others on &ldquo;Not sure&rdquo;.</p>
        {questions.map((question) => {
          const name = `${idPrefix}-${question.id}`;
          const current = given[question.id] ?? NOT_SURE;
          return (
            <fieldset
              key={question.id}
              className={styles.question}
              data-question={question.id}
              aria-describedby={`${name}-hint`}>
              <legend className={styles.questionLegend}>{question.legend}</legend>
              <p className={styles.hint} id={`${name}-hint`}>
                {question.hint}
              </p>
              <div className={styles.options}>
                {[{id: NOT_SURE, label: 'Not sure'}, ...question.options].map((option) => (
                  <label key={option.id || 'not-sure'} className={styles.option}>
                    <input
                      type="radio"
                      name={name}
                      value={option.id}
                      checked={current === option.id}
                      onChange={() => setAnswer(question.id, option.id)}
                    />
                    <span>{option.label}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          );
        })}
      </fieldset>

      <button
        type="button"
        className="button button--secondary button--sm"
        disabled={!interactive || (!choice.useCase && answeredCount === 0)}
        onClick={() => {
          onChange({answers: {}});
          // The button is now disabled; keep the keyboard in the form rather than dropping it to the page.
          firstControl.current?.focus();
        }}>
        Start over
      </button>
    </form>
  );
}
