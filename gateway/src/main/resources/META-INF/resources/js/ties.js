// Statistical ties for a benchmark: operators whose confidence intervals overlap are not ranked against each other.
//
// rankWithTies(entries, comparator) takes entries {value, lower, upper, ...} of one KPI and period and returns them
// best first, each with `rank` (1, 2, …: one rank per group) and `tiedWith` (the other members of its group).
// A group is a set of mutually overlapping intervals: walking the entries from best to worst estimate, an entry
// joins the current group only when its interval overlaps the interval of every member (for intervals on a line,
// that is: the largest lower bound of the group with it is at most the smallest upper bound); otherwise it opens
// the next group. An entry without an interval counts as the point [value, value]; one without a value is left
// unranked (rank null) at the end. Plain functions, no DOM: unit-tested with node --test (e2e/browser/test).

/** True when higher values are better for this comparator (GE, GT); false for LE, LT. */
export function higherIsBetter(comparator) {
    if (comparator === 'GE' || comparator === 'GT') return true;
    if (comparator === 'LE' || comparator === 'LT') return false;
    throw new Error(`unknown comparator ${comparator}`);
}

/** The interval of an entry: its confidence bounds, or the point of its value when it has none. */
export function intervalOf(entry) {
    const lower = entry.lower ?? entry.value;
    const upper = entry.upper ?? entry.value;
    return {lower, upper};
}

/** Whether two closed intervals share at least one value. */
export function overlaps(a, b) {
    return a.lower <= b.upper && b.lower <= a.upper;
}

export function rankWithTies(entries, comparator) {
    const better = higherIsBetter(comparator) ? (a, b) => b.value - a.value : (a, b) => a.value - b.value;
    const valued = entries.filter(e => e.value !== null && e.value !== undefined).sort(better);
    const unvalued = entries.filter(e => e.value === null || e.value === undefined);

    const groups = [];
    let current = null;
    for (const entry of valued) {
        const interval = intervalOf(entry);
        if (current && Math.max(current.lower, interval.lower) <= Math.min(current.upper, interval.upper)) {
            current.members.push(entry);
            current.lower = Math.max(current.lower, interval.lower);
            current.upper = Math.min(current.upper, interval.upper);
        } else {
            current = {members: [entry], lower: interval.lower, upper: interval.upper};
            groups.push(current);
        }
    }

    const ranked = groups.flatMap((group, index) => group.members.map(entry => ({
        ...entry,
        rank: index + 1,
        tiedWith: group.members.filter(other => other !== entry),
    })));
    return ranked.concat(unvalued.map(entry => ({...entry, rank: null, tiedWith: []})));
}
