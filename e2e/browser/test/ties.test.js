// Unit tests of the portal's tie rule (gateway/src/main/resources/META-INF/resources/js/ties.js): no browser, no stack.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {overlaps, rankWithTies} from '../../../gateway/src/main/resources/META-INF/resources/js/ties.js';

const entry = (label, value, lower, upper) => ({label, value, lower, upper});
const ranks = ranked => ranked.map(e => `${e.label}:${e.rank}`);

test('overlapping intervals share a rank; a separated one is ranked after them', () => {
    const ranked = rankWithTies([
        entry('C', 0.80, 0.77, 0.83),
        entry('A', 0.95, 0.93, 0.96),
        entry('B', 0.94, 0.92, 0.955),
    ], 'GE');
    assert.deepEqual(ranks(ranked), ['A:1', 'B:1', 'C:2']);
    assert.deepEqual(ranked[0].tiedWith.map(e => e.label), ['B']);
    assert.deepEqual(ranked[2].tiedWith, []);
});

test('a group is mutually overlapping: overlapping only the last member is not enough', () => {
    // B overlaps A and C, but C does not overlap A: C opens the next group.
    const ranked = rankWithTies([
        entry('A', 0.95, 0.93, 0.97),
        entry('B', 0.92, 0.90, 0.94),
        entry('C', 0.89, 0.87, 0.915),
    ], 'GE');
    assert.deepEqual(ranks(ranked), ['A:1', 'B:1', 'C:2']);
});

test('for a comparator LE, lower values are better', () => {
    const ranked = rankWithTies([
        entry('HIGH', 0.004, 0.003, 0.005),
        entry('LOW', 0.001, 0.0005, 0.002),
    ], 'LE');
    assert.deepEqual(ranks(ranked), ['LOW:1', 'HIGH:2']);
});

test('touching bounds overlap; without an interval a value is a point', () => {
    assert.equal(overlaps({lower: 0.1, upper: 0.2}, {lower: 0.2, upper: 0.3}), true);
    assert.equal(overlaps({lower: 0.1, upper: 0.2}, {lower: 0.21, upper: 0.3}), false);
    const ranked = rankWithTies([
        {label: 'P', value: 0.5},
        entry('Q', 0.45, 0.40, 0.55),
        {label: 'R', value: 0.3},
    ], 'GE');
    assert.deepEqual(ranks(ranked), ['P:1', 'Q:1', 'R:2']);
});

test('an entry without a value is unranked and listed last; the input is not changed', () => {
    const input = [entry('NONE', null, null, null), entry('ONE', 0.9, 0.85, 0.95)];
    const ranked = rankWithTies(input, 'GE');
    assert.deepEqual(ranks(ranked), ['ONE:1', 'NONE:null']);
    assert.equal(input[0].rank, undefined);
});

test('an unknown comparator is an error, not a silent order', () => {
    assert.throws(() => rankWithTies([entry('A', 1, 1, 1)], 'EQ'), /unknown comparator/);
});
