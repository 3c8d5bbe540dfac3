// The portal in a real browser against the running stack: headless Chromium (Debian's package) driven by
// playwright-core, signing in through the real Keycloak login page. Run by scripts/browser-test.sh.
// These run in English (a browser whose language is en-US); i18n.test.js runs every page in Vietnamese and English.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {GATEWAY, KEYCLOAK, Q2, freshPage as newPage, launch, open, screenshot, signIn} from '../lib/browser.js';

let browser;

before(async () => {
    browser = await launch();
});

after(async () => {
    await browser?.close();
});

/** A fresh browser profile in English (en-US). */
function freshPage() {
    return newPage(browser, {locale: 'en-US'});
}

describe('the regulator', () => {
    let page;
    let publicationId;

    before(async () => {
        page = await freshPage();
    });
    after(async () => {
        await page?.context().close();
    });

    test('signs in through Keycloak with PKCE S256 and sees the scorecard of ALPHA for 2026-Q2', async () => {
        await signIn(page, 'regulator', `#/scorecard?operator=ALPHA&${Q2}`);
        const authorize = new URL(page.keycloakRequests.find(u => u.includes('/protocol/openid-connect/auth')));
        assert.equal(authorize.searchParams.get('client_id'), 'qos-portal');
        assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256');
        assert.ok(authorize.searchParams.get('code_challenge'));

        await page.locator('tr.kpi').first().waitFor();
        assert.match(await page.locator('h1').textContent(), /Scorecard of ALPHA/);
        assert.equal(await page.locator('select[name=operator]').inputValue(), 'ALPHA');
        const kpis = await page.locator('tr.kpi').evaluateAll(rows => rows.map(r => r.dataset.kpi));
        assert.ok(kpis.includes('voice.quality'), `voice.quality among ${kpis}`);
        // every row draws its interval against the target line, and states verdict and sample
        const rows = page.locator('tr.kpi');
        const count = await rows.count();
        assert.equal(await page.locator('tr.kpi svg.interval').count(), count);
        for (let i = 0; i < count; i++) {
            const text = await rows.nth(i).textContent();
            assert.match(text, /PASS|FAIL|INSUFFICIENT DATA|INFORMATIVE/);
            assert.match(text, /[\d,]+ valid of [\d,]+ required|[\d,]+ counted \(no minimum\)|[\d,]+ of [\d,]+ streets measured, [\d,]+ required/);
        }
        // coverage's minimum is the share of streets measured (demo: 30 of 40, 20 required)
        assert.match(await page.locator('tr.kpi', {hasText: 'coverage.outdoor'}).textContent(),
            /30 of 40 streets measured, 20 required/);
        assert.ok(await page.locator('tr.kpi svg.interval rect.ci-bar').count() > 0, 'interval bars are drawn');
        assert.ok(await page.locator('tr.kpi svg.interval line.target').count() > 0, 'target lines are drawn');
        assert.match(await page.locator('[data-overall]').textContent(), /^(PASS|FAIL|INCOMPLETE)$/);
        await screenshot(page, 'scorecard-regulator-alpha');
    });

    test('uploads a CSV with one bad row and sees the row error; a valid dry run is accepted', async () => {
        await open(page, `#/upload?operator=ALPHA&${Q2}&target=voice/samples`, 'select[name=campaign]');
        const objective = await page.locator('select[name=campaign] option', {hasText: 'Objective'}).first().getAttribute('value');
        await page.locator('select[name=campaign]').selectOption(objective);
        await page.locator('.upload-form').waitFor();

        const bad = 'callId,startedAt,score,speedKmh,onNet\n'
            + 'BROWSER-1,2026-05-02T08:00:00+07:00,3.5,10,true\n'
            + 'BROWSER-2,2026-05-02T08:01:00+07:00,7.5,10,true\n';
        await page.locator('input[type=file]').setInputFiles({name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad)});
        await page.locator('.upload-form button[type=submit]').click();
        const errors = page.locator('.upload-outcome table.row-errors tbody tr');
        await errors.first().waitFor();
        assert.equal(await errors.count(), 1);
        const cells = await errors.first().locator('td').allTextContents();
        assert.equal(cells[0], '2');
        assert.equal(cells[1], 'score');
        assert.match(cells[2], /between/);
        assert.match(await page.locator('.upload-outcome').textContent(), /nothing was stored/);
        assert.equal(await page.locator('progress.upload-progress').evaluate(p => p.value), 100);
        await screenshot(page, 'upload-row-error');

        const good = 'callId,startedAt,score,speedKmh,onNet\nBROWSER-3,2026-05-02T08:02:00+07:00,3.5,10,true\n';
        await page.locator('input[name=dryRun]').check();
        await page.locator('input[type=file]').setInputFiles({name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(good)});
        await page.locator('.upload-form button[type=submit]').click();
        await page.locator('.upload-outcome .message.success').waitFor();
        assert.match(await page.locator('.upload-outcome').textContent(), /Valid: 1 rows/);
    });

    test('sees the coverage map of the demo drive test: every measured bin drawn, uncovered ones marked', async () => {
        await open(page, `#/coverage?operator=ALPHA&${Q2}`, '.coverage-map');
        const summary = await page.locator('.overall').textContent();
        const [, covered, measured] = summary.match(/([\d,]+) of ([\d,]+) bins/).map(n => n.replace(/,/g, ''));
        assert.ok(Number(measured) > 0, summary);
        assert.equal(await page.locator('.coverage-map g.bin').count(), Number(measured));
        assert.equal(await page.locator('.coverage-map g.bin.uncovered').count(), Number(measured) - Number(covered));
        assert.equal(await page.locator('.coverage-map g.bin path[d^="M"]').count() >= Number(measured), true);
        const heading = await page.locator('section.streets h2').textContent();
        const unmeasured = Number(heading.match(/\((\d+)\)/)[1]);
        assert.equal(await page.locator('table.unmeasured tbody tr').count(), unmeasured);
        // the legend's colours are set through the CSSOM, which the Content-Security-Policy allows
        const swatch = await page.locator('.swatch i').first().evaluate(e => getComputedStyle(e).backgroundColor);
        assert.notEqual(swatch, 'rgba(0, 0, 0, 0)');
        assert.deepEqual(page.errors, []);
        await screenshot(page, 'coverage-map');
    });

    test('sees the trend of voice.quality for ALPHA over at least three periods', async () => {
        await open(page, '#/trends?operator=ALPHA&kpi=voice.quality', '.trend-chart');
        const periods = new Set(await page.locator('tr.trend-row').evaluateAll(rows => rows.map(r => r.dataset.period)));
        assert.ok(periods.size >= 3, `periods: ${[...periods]}`);
        assert.equal(await page.locator('.trend-chart .period-label').count(), periods.size);
        assert.ok(await page.locator('.trend-chart .trend-point circle').count() >= periods.size);
        assert.equal(await page.locator('.trend-chart line.target').count(), 1);
        await screenshot(page, 'trend-voice-alpha');
    });

    test('compares the operators on one KPI: ranks follow the tie rule, in 2026-Q2 and 2025-Q4', async () => {
        const periods = {'2026-q2': Q2, '2025-q4': 'from=2025-10-01&to=2025-12-31'};
        for (const [name, period] of Object.entries(periods)) {
            await open(page, `#/benchmark?${period}&kpi=${encodeURIComponent('voice.quality|OBJECTIVE')}`, 'tr.benchmark-entry');
            const entries = await page.locator('tr.benchmark-entry').evaluateAll(rows => rows.map(r => ({
                operator: r.dataset.operator, rank: r.dataset.rank, tied: r.textContent.includes('statistically tied'),
                interval: r.querySelectorAll('td')[3].textContent,
            })));
            assert.deepEqual(entries.map(e => e.operator).sort(), ['ALPHA', 'BETA'], name);
            assert.equal(entries[0].rank, '1');
            // two entries share a rank exactly when their intervals, as shown, overlap
            const bounds = entries.map(e => e.interval.split(' – ').map(parseFloat));
            const overlap = bounds[0][0] <= bounds[1][1] && bounds[1][0] <= bounds[0][1];
            assert.equal(entries[0].rank === entries[1].rank, overlap, `${name}: ${JSON.stringify(entries)}`);
            for (const e of entries) {
                const sharesRank = entries.some(o => o !== e && o.rank === e.rank);
                assert.equal(e.tied, sharesRank, `tie shown for ${e.operator} exactly when its rank is shared`);
            }
            assert.equal(await page.locator('.benchmark-chart g.benchmark-row').count(), entries.length);
            await screenshot(page, `benchmark-voice-${name}`);
        }
    });

    test('sees overdue and due-soon complaints of BETA', async () => {
        await open(page, '#/complaints?operator=BETA', '[data-overdue]');
        const overdue = Number(await page.locator('[data-overdue]').getAttribute('data-overdue'));
        assert.equal(await page.locator('tr.alert.overdue').count(), overdue);
        assert.ok(overdue > 0, 'the demo data leaves BETA complaints open past their due time');
        await screenshot(page, 'complaints-beta');
    });

    test('publishes 2026-Q2', async () => {
        await open(page, `#/publish?${Q2}`, 'button.primary');
        // a period published before needs a reason (issue 15); one is allowed on a first publication too
        await page.locator('textarea[name="reason"]').fill('browser test run');
        await page.locator('button.primary').click();
        await page.locator('.publish-outcome .message').waitFor();
        await screenshot(page, 'publish');
        const outcome = page.locator('.publish-outcome [data-publication]');
        assert.equal(await outcome.count(), 1, await page.locator('.publish-outcome').textContent());
        publicationId = await outcome.getAttribute('data-publication');
        assert.match(await outcome.textContent(), /ALPHA/);
        assert.match(await outcome.textContent(), /revision \d+/);
    });

    test('signs out, and the portal asks for a sign-in again', async () => {
        await page.locator('.sign-out').click();
        await page.waitForURL(`${GATEWAY}/public.html?lang=en`);
        await page.goto(`${GATEWAY}/`);
        await page.waitForURL(url => url.href.startsWith(`${KEYCLOAK}/realms/qos/protocol/openid-connect/auth`));
        await page.locator('#username').waitFor();
        assert.deepEqual(page.errors, []);
    });

    test('the public page, signed out, lists the publication and serves its CSV', async () => {
        const visitor = await freshPage();
        try {
            await visitor.goto(`${GATEWAY}/public.html`);
            const row = visitor.locator(`tr.publication[data-id="${publicationId}"]`);
            await row.waitFor();
            assert.match(await row.textContent(), /1 Apr 2026 – 30 Jun 2026/);
            assert.match(await row.textContent(), /ALPHA/);
            assert.match(await row.textContent(), /revision \d+/);
            await row.locator('button').click();
            await visitor.locator('#publication section.family').first().waitFor();
            await screenshot(visitor, 'public');

            const csvHref = await row.locator('a.csv-link').getAttribute('href');
            const csv = await visitor.request.get(`${GATEWAY}${csvHref}`);
            assert.equal(csv.status(), 200);
            assert.match(csv.headers()['content-type'], /text\/csv/);
            const lines = (await csv.text()).trim().split(/\r?\n/);
            assert.ok(lines.length > 1, 'a header and at least one KPI row');
            assert.ok(lines.slice(1).some(line => line.includes('ALPHA')), 'ALPHA rows in the open data');
            const json = await visitor.request.get(`${GATEWAY}${await row.locator('a.json-link').getAttribute('href')}`);
            assert.equal(json.status(), 200);
            assert.equal((await json.json()).id, publicationId);

            assert.deepEqual(visitor.keycloakRequests, [], 'the public page never talks to Keycloak');
            assert.deepEqual(visitor.errors, []);
        } finally {
            await visitor.context().close();
        }
    });
});

describe('an operator (alpha)', () => {
    test('sees only ALPHA: no operator picker, no other operator offered, no Publish page', async () => {
        const page = await freshPage();
        try {
            // even when the address names another operator
            await signIn(page, 'alpha', `#/scorecard?operator=BETA&${Q2}`);
            await page.locator('tr.kpi').first().waitFor();
            assert.match(await page.locator('h1').textContent(), /Scorecard of ALPHA/);
            assert.equal(await page.locator('select[name=operator]').count(), 0);
            assert.equal(await page.locator('.own-operator').textContent(), 'ALPHA');
            assert.equal(await page.locator('nav a', {hasText: 'Publish'}).count(), 0);
            assert.doesNotMatch(await page.locator('main').textContent(), /BETA/);
            await screenshot(page, 'scorecard-alpha');

            await open(page, `#/benchmark?${Q2}`, 'tr.benchmark-entry');
            const operators = await page.locator('tr.benchmark-entry').evaluateAll(rows => rows.map(r => r.dataset.operator));
            assert.deepEqual([...new Set(operators)], ['ALPHA']);

            await open(page, `#/trends?operator=BETA&kpi=voice.quality`, '.trend-chart');
            assert.match(await page.locator('h1').textContent(), /for ALPHA/);
            assert.doesNotMatch(await page.locator('main').textContent(), /BETA/);
            assert.deepEqual(page.errors, []);
        } finally {
            await page.context().close();
        }
    });
});
