import { Field, Int, ObjectType } from 'type-graphql';
import { ImportProblem } from '@pm/spreadsheets';

@ObjectType({
  description:
    'The outcome of a meter-reading import: all rows or none; the same file again writes nothing (unit + meter + time).',
})
export class MeterReadingImport {
  @Field(() => String, { description: 'DONE or REJECTED (nothing written; see problems).' })
  status!: 'DONE' | 'REJECTED';

  @Field(() => Int, { description: 'Data rows in the file.' })
  total!: number;

  @Field(() => Int, { description: 'Readings written.' })
  created!: number;

  @Field(() => Int, { description: 'Rows already recorded with the same reading at the same time.' })
  unchanged!: number;

  @Field(() => Int, { description: 'Created readings held as outliers until confirmed (R-BIL-2).' })
  pendingConfirmation!: number;

  /** The report as codes; `problems(language)` reads it. */
  problemList!: ImportProblem[];
}
