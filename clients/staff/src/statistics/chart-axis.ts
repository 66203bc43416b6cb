/**
 * A bar chart's value axis: a round maximum and 4–5 ticks, so that bars read against lines;
 * counts (`integer`) get whole-number ticks only.
 */
export function valueAxis(maximum: number, integer = false): { max: number; ticks: number[] } {
  if (!(maximum > 0)) return { max: 1, ticks: [0, 1] };
  const rough = maximum / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const candidates = [1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).filter((candidate) => !integer || Number.isInteger(candidate));
  const step = Math.max(
    integer ? 1 : 0,
    candidates.find((candidate) => candidate >= rough)!,
  );
  const max = Math.ceil(maximum / step) * step;
  const ticks: number[] = [];
  for (let tick = 0; tick <= max + step / 2; tick += step) ticks.push(Math.round(tick * 1000) / 1000);
  return { max, ticks };
}
