import { describe, expectTypeOf, it } from 'vitest';
import type { Customer, Interaction, InteractionInput, ParseTableResult, Priority, StatusChange, SurveyResponse } from '../../src/models/index.js';
import { createInteractionTableParser, parseInteractions } from '../../src/models/index.js';

describe('model types', () => {
  it('Interaction has Date instants and millisecond numbers', () => {
    expectTypeOf<Interaction['openedAt']>().toEqualTypeOf<Date>();
    expectTypeOf<Interaction['resolvedAt']>().toEqualTypeOf<Date | undefined>();
    expectTypeOf<Interaction['talkMs']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Interaction['priority']>().toEqualTypeOf<Priority>();
    expectTypeOf<Interaction['direction']>().toEqualTypeOf<'inbound' | 'outbound'>();
    expectTypeOf<Interaction['statusHistory']>().toEqualTypeOf<StatusChange[] | undefined>();
  });
  it('InteractionInput accepts strings and epoch milliseconds for instants', () => {
    expectTypeOf<string>().toExtend<InteractionInput['openedAt']>();
    expectTypeOf<number>().toExtend<InteractionInput['openedAt']>();
    expectTypeOf<InteractionInput['priority']>().toEqualTypeOf<Priority | undefined>();
  });
  it('Customer and SurveyResponse have what the docs say', () => {
    expectTypeOf<Customer['churnedAt']>().toEqualTypeOf<Date | undefined>();
    expectTypeOf<SurveyResponse['score']>().toEqualTypeOf<number>();
  });
  it('parseInteractions returns records of Interaction', () => {
    expectTypeOf(parseInteractions([]).records).toEqualTypeOf<Interaction[]>();
  });
  it("a table parser finishes with what parseInteractions gives with output: 'table'", () => {
    const parser = createInteractionTableParser({ capacity: 10 });
    expectTypeOf(parser.push).parameter(0).toEqualTypeOf<readonly unknown[]>();
    expectTypeOf(parser.finish()).toEqualTypeOf<ParseTableResult>();
    expectTypeOf(parser.rowCount).toEqualTypeOf<number>();
  });
});
