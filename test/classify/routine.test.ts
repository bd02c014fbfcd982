import { describe, expect, it } from 'vitest';
import { isRoutineChange } from '../../src/classify/routine.js';

describe('isRoutineChange', () => {
  it('accepts the yearly succession of a recurring resolution', () => {
    expect(isRoutineChange('Seventy-ninth session', 'Eightieth session')).toBe(true);
    expect(isRoutineChange('Recalling its resolution 78/66 of 4 December 2023,', 'Recalling its resolution 79/77 of 2 December 2024,')).toBe(true);
    expect(isRoutineChange('[on the report of the First Committee (A/79/414, para. 7)]', '[on the report of the First Committee (A/80/534, para. 7)]')).toBe(true);
    expect(isRoutineChange('to report to the General Assembly at its seventy-ninth session;13', 'to report to the General Assembly at its eightieth session;16')).toBe(true);
    expect(isRoutineChange('affirming its determination, 28 years after the Treaty was opened for signature,', 'affirming its determination, 29 years after the Treaty was opened for signature,')).toBe(true);
  });

  it('accepts a list of earlier resolutions that gains the previous session\'s one, and nothing else', () => {
    expect(isRoutineChange('Recalling its resolutions 76/106 of 9 December 2021 and 77/98 of 7 December 2022,', 'Recalling its resolutions 76/106 of 9 December 2021, 77/98 of 7 December 2022 and 78/102 of 7 December 2023,')).toBe(true);
    expect(isRoutineChange('Recalling its resolutions 76/106 and 77/98,', 'Recalling its resolutions 76/106, 77/98 and 79/12,')).toBe(false);
    expect(isRoutineChange('Recalling its resolutions 70/1 and 77/98,', 'Recalling its resolutions 70/1, 77/98, 78/102 and 78/5,')).toBe(false);
    expect(isRoutineChange('Recalling its resolutions 76/106 and 77/98,', 'Recalling also its resolutions 76/106, 77/98 and 78/102,')).toBe(false);
  });

  it('refuses a change of wording, a figure, a deadline or a jump of two sessions', () => {
    expect(isRoutineChange('Recalling its resolution 78/66,', 'Recalling also its resolution 79/77,')).toBe(false);
    expect(isRoutineChange('the establishment of 306 certified facilities', 'the establishment of 307 certified facilities')).toBe(false);
    expect(isRoutineChange('to report by 2025', 'to report by 2026')).toBe(false);
    expect(isRoutineChange('Recalling its resolution 77/37,', 'Recalling its resolution 79/77,')).toBe(false);
    expect(isRoutineChange('in 2024 and 2025', 'in 2025')).toBe(false);
  });

  it('needs something to have changed', () => {
    expect(isRoutineChange('at its eightieth session', 'at its eightieth session')).toBe(false);
    expect(isRoutineChange('We note the decision.', 'We welcome the decision.')).toBe(false);
  });
});
