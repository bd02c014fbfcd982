import { describe, expect, it } from 'vitest';
import { actorChanges, findActors } from '../../../src/classify/signals/actors.js';

const names = (text: string) => findActors(text).map((actor) => actor.name);

describe('findActors', () => {
  it('names states, bodies, roles, organizations and groups, longest match first', () => {
    expect(names('We, the Foreign Ministers of the Russian Federation and African States, Leadership of the African Union Commission')).toEqual([
      'Foreign Ministers',
      'Russian Federation',
      'African States',
      'African Union Commission',
    ]);
    expect(names('requests the Secretary-General to report to the General Assembly (UNGA) and the OEWG')).toEqual(['Secretary-General', 'General Assembly', 'Open-ended Working Group']);
  });

  it('does not take the Charter, a currency, a pronoun or a common noun for an actor', () => {
    expect(names('the principles of the Charter of the United Nations, in United States dollars')).toEqual([]);
    expect(names('who will chad the laws of georgia')).toEqual([]);
  });
});

describe('actorChanges', () => {
  it('reports actors added and removed, with the size of the list', () => {
    expect(actorChanges('ratification by Solomon Islands and Sri Lanka', 'ratification by Papua New Guinea').map((signal) => signal.summary)).toEqual([
      'actor removed: Solomon Islands (2 → 1 actors named)',
      'actor removed: Sri Lanka (2 → 1 actors named)',
      'actor added: Papua New Guinea (2 → 1 actors named)',
    ]);
  });

  // One country in another's place: the list did not grow or shrink, so no count ("Indonesia (1 → 1 actors named)" read
  // as a contradiction); names, not mentions, are counted.
  it('says the size of the list only when it changed, counting names', () => {
    expect(actorChanges('the latest ratification by Indonesia', 'the latest ratification by Ghana').map((signal) => signal.summary)).toEqual(['actor removed: Indonesia', 'actor added: Ghana']);
    expect(actorChanges('the Secretary-General and Indonesia; the Secretary-General', 'the Secretary-General and Ghana').map((signal) => signal.summary)).toEqual(['actor removed: Indonesia', 'actor added: Ghana']);
  });

  it('reads an actor renamed by its abbreviation as the same actor', () => {
    expect(actorChanges('under the auspices of the UN', 'under the auspices of the United Nations')).toEqual([]);
  });
});

describe('an abbreviation that only qualified a noun (redline #23, FOMC 2019-05-01 → 06-19)', () => {
  it('"Voting for the FOMC monetary policy action" → "Voting for the monetary policy action" removes no actor', () => {
    expect(actorChanges('Voting for the FOMC monetary policy action were: Jerome H. Powell, Chair.', 'Voting for the monetary policy action were Jerome H. Powell, Chair.')).toEqual([]);
  });

  it('counter-case: the abbreviation acting ("the FOMC has reviewed") dropped is the actor removed', () => {
    expect(actorChanges('The FOMC has reviewed the policy.', 'The Board has reviewed the policy.').map((signal) => signal.summary)).toEqual(['actor removed: Federal Open Market Committee (1 → 0 actors named)']);
  });

  it('counter-case: the qualified noun gone too ("the FOMC monetary policy action" → "the decision") is the actor removed', () => {
    expect(actorChanges('Voting for the FOMC monetary policy action were ten members.', 'Voting for the decision were ten members.').map((signal) => signal.summary)).toEqual(['actor removed: Federal Open Market Committee (1 → 0 actors named)']);
  });
});
