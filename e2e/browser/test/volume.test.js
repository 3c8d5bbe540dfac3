// The portal at real volumes (issue 16): a quarter with fifty campaigns of one operator. BETA's 2025-Q1 is a quarter
// of its own (no other test and no demo data look at it): the setup creates fifty objective voice campaigns there,
// through the API with BETA's own token, and uploads test calls into some of them; the others stay empty, as a
// campaign created and never uploaded to. The scorecard and the trend page are opened in Vietnamese and English:
// the empty campaigns fold into one line that says how many, long tables show a page at a time and their pager
// moves (by the keyboard too), every legend stays inside its drawing, and nothing overflows the page's width.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {GATEWAY, freshPage, launch, open, screenshot, signIn, token} from '../lib/browser.js';
import {englishMatchers, untranslated} from '../lib/untranslated.js';

const QUARTER = {from: '2025-01-01', to: '2025-03-31'};
const OPERATOR = 'BETA';
const CAMPAIGNS = 50;
/** Campaigns with test calls (more than a page of the scorecard's and the trend's tables); the rest stay empty. */
const WITH_CALLS = 24;
const PAGE_SIZE = 20;
const SCORECARD = `#/scorecard?operator=${OPERATOR}&from=${QUARTER.from}&to=${QUARTER.to}`;
const TRENDS = `#/trends?operator=${OPERATOR}&kpi=voice.quality`;

let browser;
let matchers;
let published;

async function api(method, path, {bearer, body, contentType = 'application/json'} = {}) {
    const answer = await fetch(`${GATEWAY}/api/v1/${path}`, {
        method, body, headers: {Authorization: `Bearer ${bearer}`, Accept: 'application/json', ...(body ? {'Content-Type': contentType} : {})},
    });
    const text = await answer.text();
    assert.ok(answer.ok, `${method} ${path}: ${answer.status} ${text}`);
    return {body: text ? JSON.parse(text) : null, headers: answer.headers};
}

/** Area of the i-th campaign: the ones with calls each in an area of their own (a series each), the empty ones among them. */
function areaOf(i) {
    return `KV${String(i % WITH_CALLS + 1).padStart(2, '0')}`;
}

/** The campaigns of the quarter, created once: a second run finds them and creates nothing. */
async function ensureCampaigns() {
    const beta = await token('beta');
    const listed = await api('GET', `voice/campaigns?operatorId=${OPERATOR}&from=${QUARTER.from}&to=${QUARTER.to}&size=1`, {bearer: beta});
    if (Number(listed.headers.get('X-Total-Count')) >= CAMPAIGNS) return;
    for (let i = 0; i < CAMPAIGNS; i++) {
        const {body: campaign} = await api('POST', 'voice/campaigns', {bearer: beta, body: JSON.stringify({
            operatorId: OPERATOR, areaCode: areaOf(i), method: 'OBJECTIVE', periodStart: QUARTER.from, periodEnd: QUARTER.to,
        })});
        if (i >= WITH_CALLS) continue;
        // 5 + i calls, i % 5 of them scoring under 3: values and intervals differ from campaign to campaign
        const calls = Array.from({length: 5 + i}, (_, k) =>
            `VOL-${i}-${k},2025-02-${String(1 + k % 28).padStart(2, '0')}T09:${String(k % 60).padStart(2, '0')}:00+07:00,${k < i % 5 ? 2.4 : 3.6},12,true`);
        await api('POST', `voice/campaigns/${campaign.id}/samples`, {bearer: beta, contentType: 'text/csv',
            body: `callId,startedAt,score,speedKmh,onNet\n${calls.join('\n')}\n`});
    }
}

/**
 * The quarter published once (a publication of its own: the other tests publish 2026-Q1 and 2026-Q2), and BETA's
 * results in it as published. A family that does not answer in time (a service still warming up) is a 503: tried
 * again, three times.
 */
async function ensurePublished() {
    const {body: listed} = await api('GET', 'public/publications?size=100', {bearer: await token('regulator')});
    let publication = listed.find(p => p.from === QUARTER.from && p.to === QUARTER.to);
    if (!publication) {
        for (let attempt = 1; attempt <= 3 && !publication; attempt++) {
            const answer = await fetch(`${GATEWAY}/api/v1/publications`, {method: 'POST', body: JSON.stringify(QUARTER),
                headers: {Authorization: `Bearer ${await token('regulator')}`, 'Content-Type': 'application/json'}});
            if (answer.status === 201) publication = await answer.json();
            else if (answer.status === 503) await new Promise(resolve => setTimeout(resolve, 5000));
            else assert.fail(`publishing ${JSON.stringify(QUARTER)}: ${answer.status} ${await answer.text()}`);
        }
        assert.ok(publication, 'published within three attempts');
    }
    const {body} = await api('GET', `public/publications/${publication.id}?format=json`, {bearer: await token('regulator')});
    const card = body.scorecards.find(c => c.operatorId === OPERATOR);
    return Object.values(card.families).flatMap(f => f.results ?? []);
}

/** The voice.quality results of BETA over a range, as the API lists them to the regulator. */
async function voiceResults(range) {
    const {body} = await api('GET', `voice/compliance?operatorId=${OPERATOR}&from=${range.from}&to=${range.to}`,
        {bearer: await token('regulator')});
    return body.filter(r => r.kpiId === 'voice.quality');
}

/** The portal's range of the trend page: five years back to the end of next year (context.js wideRange). */
function trendRange() {
    const year = new Date().getUTCFullYear();
    return {from: `${year - 5}-01-01`, to: `${year + 1}-12-31`};
}

/** Rows of a locator that are displayed (not hidden by a pager or a closed fold). */
async function visibleCount(locator) {
    return (await locator.evaluateAll(rows => rows.filter(r => r.checkVisibility()).map(() => 1))).length;
}

async function visibleIds(locator, attribute) {
    return locator.evaluateAll((rows, name) => rows.filter(r => r.checkVisibility()).map(r => r.getAttribute(name) ?? r.textContent), attribute);
}

/**
 * What lies outside its drawing (every text and legend entry of every SVG shown), runs out of its table cell, or makes
 * the page scroll sideways.
 */
async function overflows(page) {
    return page.evaluate(() => {
        const found = [];
        const root = document.documentElement;
        if (root.scrollWidth > root.clientWidth) found.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
        const main = document.querySelector('main');
        if (main.scrollWidth > main.clientWidth) found.push(`main overflows: ${main.scrollWidth} > ${main.clientWidth}`);
        for (const table of document.querySelectorAll('main table')) {
            if (!table.checkVisibility()) continue;
            const box = table.getBoundingClientRect(), container = main.getBoundingClientRect();
            if (box.right > container.right + 0.5) found.push(`a table reaches ${box.right} past main's ${container.right}`);
            for (const cell of table.querySelectorAll('td, th')) {
                if (cell.checkVisibility() && cell.scrollWidth > cell.clientWidth + 1) {
                    found.push(`a cell's content is wider than the cell: "${cell.textContent.trim().slice(0, 60)}" ${cell.scrollWidth} > ${cell.clientWidth}`);
                }
            }
        }
        for (const svg of document.querySelectorAll('main svg')) {
            if (!svg.checkVisibility()) continue;
            const drawing = svg.getBoundingClientRect();
            for (const part of svg.querySelectorAll('text, g.legend')) {
                const box = part.getBoundingClientRect();
                if (!box.width) continue;
                if (box.left < drawing.left - 0.5 || box.right > drawing.right + 0.5 || box.top < drawing.top - 0.5 || box.bottom > drawing.bottom + 0.5) {
                    found.push(`${svg.getAttribute('class')}: "${part.textContent}" at [${box.left}, ${box.right}] × [${box.top}, ${box.bottom}]`
                        + ` outside [${drawing.left}, ${drawing.right}] × [${drawing.top}, ${drawing.bottom}]`);
                }
            }
        }
        return found;
    });
}

const TEXTS = {
    vi: {fold: /^(\d+) đợt đo chưa có dữ liệu$/, status: /^Dòng (\d+)–(\d+) trong số (\d+) \(trang (\d+)\/(\d+)\)$/, next: 'Trang sau',
        quarter: '01/01/2025 – 31/03/2025'},
    en: {fold: /^(\d+) campaigns with no data$/, status: /^Rows (\d+)–(\d+) of (\d+) \(page (\d+) of (\d+)\)$/, next: 'Next',
        quarter: '1 Jan 2025 – 31 Mar 2025'},
};

before(async () => {
    await ensureCampaigns();
    published = await ensurePublished();
    browser = await launch();
    const catalogues = {
        en: await (await fetch(`${GATEWAY}/i18n/en.json`)).json(),
        vi: await (await fetch(`${GATEWAY}/i18n/vi.json`)).json(),
    };
    const profile = await (await fetch(`${GATEWAY}/api/v1/public/profile`)).json();
    matchers = englishMatchers(catalogues, profile);
});

after(async () => {
    await browser?.close();
});

/**
 * The fold of a table: one line, its count the number of results with no sample; closed, none of them shows; opened
 * from the keyboard, a page of them shows.
 */
async function checkFold(page, scope, lang, expected) {
    const fold = scope.locator('tr.no-data-fold');
    assert.equal(await fold.count(), 1, 'the empty campaigns fold into one line');
    assert.equal(Number(await fold.getAttribute('data-count')), expected);
    const toggle = fold.locator('button.fold-toggle');
    const [, shown] = (await toggle.textContent()).trim().match(TEXTS[lang].fold) ?? [];
    assert.equal(Number(shown), expected, await toggle.textContent());
    const folded = page.locator(`#${await toggle.getAttribute('aria-controls')}`);
    assert.equal(await visibleCount(folded.locator('tr.kpi, tr.trend-row, tr.published-result')), 0, 'folded: none of them shows');
    await toggle.focus();
    await page.keyboard.press('Enter');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.equal(await visibleCount(folded.locator('tr.kpi, tr.trend-row, tr.published-result')), Math.min(PAGE_SIZE, expected), 'opened: a page of them');
    await page.keyboard.press('Space');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await visibleCount(folded.locator('tr.kpi, tr.trend-row, tr.published-result')), 0);
}

/**
 * A paged table: a page of rows at most, the pager's status in the page's language; Next (a click), then ← and End
 * (keys) move it, showing the other rows.
 */
async function checkPaging(page, scope, rowSelector, lang, total) {
    const rows = scope.locator(rowSelector);
    const pages = Math.ceil(total / PAGE_SIZE);
    assert.ok(pages > 1, `${total} rows make more than one page`);
    const pager = scope.locator('nav.pager').first();
    assert.equal(await pager.getAttribute('data-pages'), String(pages));
    const status = () => pager.locator('.pager-status').textContent();
    assert.deepEqual((await status()).match(TEXTS[lang].status).slice(1).map(Number), [1, PAGE_SIZE, total, 1, pages]);
    const first = await visibleIds(rows, 'data-id');
    assert.equal(first.length, PAGE_SIZE, 'no more rows than a page');

    await pager.locator('button.pager-next').click();
    assert.equal(await pager.locator('button.pager-next').textContent(), TEXTS[lang].next);
    assert.equal(await pager.getAttribute('data-page'), '2');
    const second = await visibleIds(rows, 'data-id');
    assert.equal(second.length, Math.min(PAGE_SIZE, total - PAGE_SIZE));
    assert.equal(second.filter(id => first.includes(id)).length, 0, 'page 2 shows other rows than page 1');
    assert.deepEqual((await status()).match(TEXTS[lang].status).slice(1).map(Number),
        [PAGE_SIZE + 1, Math.min(2 * PAGE_SIZE, total), total, 2, pages]);

    await page.keyboard.press('ArrowLeft'); // focus is on Next, within the pager
    assert.equal(await pager.getAttribute('data-page'), '1');
    assert.deepEqual(await visibleIds(rows, 'data-id'), first);
    await page.keyboard.press('End');
    assert.equal(await pager.getAttribute('data-page'), String(pages));
    assert.equal((await visibleIds(rows, 'data-id')).length, total - (pages - 1) * PAGE_SIZE);
    await page.keyboard.press('Home');
    assert.equal(await pager.getAttribute('data-page'), '1');
}

for (const [lang, locale] of [['vi', 'vi-VN'], ['en', 'en-US']]) {
    describe(`fifty campaigns in a quarter, in ${locale}`, () => {
        let page;

        before(async () => {
            page = await freshPage(browser, {locale});
        });
        after(async () => {
            await page?.context().close();
        });

        test(`the scorecard folds the empty campaigns and pages the others (${lang})`, async () => {
            const results = await voiceResults(QUARTER);
            const empty = results.filter(r => r.sample.total === 0).length;
            const withData = results.length - empty;
            assert.ok(empty >= CAMPAIGNS - WITH_CALLS && withData >= WITH_CALLS, `${withData} with data, ${empty} empty`);

            await signIn(page, 'regulator', SCORECARD);
            await page.locator('tr.kpi').first().waitFor();
            assert.equal(await page.locator('html').getAttribute('lang'), lang);
            const group = page.locator('tbody.kpi-group[data-kpi="voice.quality"]');
            assert.equal(await group.count(), 1, 'the results of voice.quality in one group');
            assert.equal(await group.locator('tr.kpi-heading').count(), 1);
            // every result row is there, the ones with data in the group, the empty ones behind the fold
            assert.equal(await page.locator('section[data-family=voice] tr.kpi').count(), results.length);
            assert.equal(await group.locator('tr.kpi').count(), withData);

            await checkFold(page, page.locator('section[data-family=voice]'), lang, empty);
            await page.locator('section[data-family=voice] tr.kpi').evaluateAll(rows => rows.forEach((r, i) => r.setAttribute('data-id', `row-${i}`)));
            await checkPaging(page, group, 'tr.kpi', lang, withData);
            await screenshot(page, `volume-scorecard-${lang}`);

            assert.deepEqual(await overflows(page), []);
            assert.deepEqual(await untranslated(page, lang === 'vi' ? matchers : []), [], 'no English under vi, no code');
            assert.deepEqual(page.errors, []);
        });

        test(`the trend page folds the empty campaigns, pages its table and keeps its legend inside the drawing (${lang})`, async () => {
            const results = await voiceResults(trendRange());
            const empty = results.filter(r => r.sample.total === 0).length;
            const withData = results.length - empty;
            const drawn = new Set(results.filter(r => r.value !== null || r.confidence).map(r => `${r.method}|${r.areaCode}`));
            assert.ok(drawn.size >= WITH_CALLS, `${drawn.size} series`);

            await open(page, TRENDS, '.trend-chart');
            assert.equal(await page.locator('tr.trend-row').count(), results.length);
            const body = page.locator('tbody.trend-rows');
            await body.locator('tr.trend-row').evaluateAll(rows => rows.forEach((r, i) => r.setAttribute('data-id', `row-${i}`)));
            await checkFold(page, page.locator('table.trend'), lang, empty);
            await checkPaging(page, body, 'tr.trend-row', lang, withData);

            // one legend entry per series drawn, on several lines, each inside the drawing
            const legend = page.locator('.trend-chart g.legend');
            assert.equal(await legend.count(), drawn.size);
            const lines = new Set(await legend.locator('text').evaluateAll(texts => texts.map(t => t.getAttribute('y'))));
            assert.ok(lines.size > 1, `${drawn.size} entries wrap onto several lines`);
            const outside = await page.locator('.trend-chart').evaluate(svg => {
                const drawing = svg.getBoundingClientRect();
                return [...svg.querySelectorAll('g.legend')].map(g => ({label: g.dataset.series, box: g.getBoundingClientRect()}))
                    .filter(({box}) => box.left < drawing.left || box.right > drawing.right || box.top < drawing.top || box.bottom > drawing.bottom)
                    .map(({label}) => label);
            });
            assert.deepEqual(outside, []);
            assert.ok((await legend.locator('text').allTextContents()).includes({vi: 'Đo khách quan · KV01', en: 'Objective · KV01'}[lang]));
            await screenshot(page, `volume-trends-${lang}`);

            assert.deepEqual(await overflows(page), []);
            assert.deepEqual(await untranslated(page, lang === 'vi' ? matchers : []), [], 'no English under vi, no code');
            assert.deepEqual(page.errors, []);
        });

        test(`the public page folds and pages the published quarter (${lang})`, async () => {
            const visitor = await freshPage(browser, {locale});
            try {
                const voice = published.filter(r => r.kpiId === 'voice.quality');
                const empty = voice.filter(r => r.sample.total === 0).length;
                const withData = voice.length - empty;
                assert.ok(empty >= CAMPAIGNS - WITH_CALLS && withData > PAGE_SIZE, `${withData} with data, ${empty} empty campaigns`);
                await visitor.goto(`${GATEWAY}/public.html`);
                const row = visitor.locator('tr.publication', {hasText: TEXTS[lang].quarter}).first();
                await row.locator('button').click();
                const section = visitor.locator('#publication section.family', {hasText: OPERATOR});
                await section.locator('tr.published-result').first().waitFor();
                const group = section.locator('tbody.kpi-group[data-kpi="voice.quality"]');
                assert.equal(await group.locator('tr.published-result').count(), withData);
                await section.locator('tr.published-result').evaluateAll(rows => rows.forEach((r, i) => r.setAttribute('data-id', `row-${i}`)));
                await checkFold(visitor, section, lang, empty);
                await checkPaging(visitor, group, 'tr.published-result', lang, withData);
                await screenshot(visitor, `volume-public-${lang}`);

                assert.deepEqual(await overflows(visitor), []);
                assert.deepEqual(await untranslated(visitor, lang === 'vi' ? matchers : []), [], 'no English under vi, no code');
                assert.deepEqual(visitor.errors, []);
            } finally {
                await visitor.context().close();
            }
        });
    });
}
