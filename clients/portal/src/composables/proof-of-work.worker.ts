// altcha-lib's own worker: solves its share of the number range and posts the solution.
import 'altcha-lib/v1/worker';
