// Swagger UI at the gateway in a real browser: it renders the merged API document under its Content-Security-Policy
// (its own inline script allowed, nothing from elsewhere), with no error and no refusal by the policy.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {chromium} from 'playwright-core';

const GATEWAY = (process.env.QOS_GATEWAY_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const CHROMIUM = process.env.QOS_CHROMIUM ?? '/usr/bin/chromium';

let browser;

before(async () => {
    browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
});

after(async () => {
    await browser?.close();
});

test('Swagger UI renders the API under its Content-Security-Policy', async () => {
    const context = await browser.newContext({locale: 'en-US'});
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const errors = [];
    page.on('pageerror', error => errors.push(error.message));
    page.on('console', message => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) errors.push(message.text());
    });
    const answer = await page.goto(`${GATEWAY}/q/swagger-ui/`);
    assert.match(answer.headers()['content-security-policy'] ?? '', /frame-ancestors 'none'/);
    // the operations of the merged document are listed (one of the gateway's own, by its operationId's summary)
    await page.locator('.opblock').first().waitFor();
    assert.ok(await page.locator('.opblock').count() > 20, 'the operations are listed');
    await page.locator('.opblock-summary-path', {hasText: '/api/v1/public/publications'}).first().waitFor();
    assert.deepEqual(errors, []);
    await context.close();
});
