/**
 * The development set (six BBC articles with hand-made annotations, copied from ../shared/dev into
 * tests/fixtures/dev) at the bar of issues 2 and 3.
 */
import { describeAnnotatedSet } from "./annotated-set.ts";

describeAnnotatedSet("the development set", "dev", ["d01", "d02", "d03", "d04", "d05", "d06"], {
  quotes: 0.95,
  speakers: 0.95,
  answers: 0.9,
  declines: 0.9,
});
