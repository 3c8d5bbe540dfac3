// What the browser tests share: the stack's addresses, Chromium, a fresh browser profile in a given locale, signing
// in on Keycloak's own login page, opening a portal page, screenshots.
import {mkdirSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';

export const GATEWAY = (process.env.QOS_GATEWAY_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
export const KEYCLOAK = (process.env.QOS_KEYCLOAK_URL ?? 'http://127.0.0.1:8180').replace(/\/$/, '');
const CHROMIUM = process.env.QOS_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');
export const Q2 = 'from=2026-04-01&to=2026-06-30';
export const WAIT = 30_000;

export async function launch() {
    mkdirSync(SCREENSHOTS, {recursive: true});
    return chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
}

/**
 * A fresh browser profile (no session, nothing remembered) whose page errors and Keycloak requests are recorded.
 * `locale` sets navigator.language(s) and Accept-Language: the pages choose their language from it.
 */
export async function freshPage(browser, {locale = 'en-US'} = {}) {
    const context = await browser.newContext({viewport: {width: 1280, height: 900}, locale});
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT);
    page.errors = [];
    page.keycloakRequests = [];
    page.on('pageerror', error => page.errors.push(error.message));
    // what the pages' Content-Security-Policy refused (a script, a style, a call) counts as an error too, and so does
    // a text missing from a catalogue (i18n.js warns)
    page.on('console', message => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) page.errors.push(message.text());
        if (message.type() === 'warning' && /^i18n:/.test(message.text())) page.errors.push(message.text());
    });
    page.on('request', request => {
        if (request.url().startsWith(KEYCLOAK)) page.keycloakRequests.push(request.url());
    });
    return page;
}

export async function screenshot(page, name, path = join(SCREENSHOTS, `${name}.png`)) {
    await page.screenshot({path, fullPage: true});
}

/** Open a portal address, sign in on Keycloak's own login page, and wait until the portal is back. */
export async function signIn(page, user, hash, {query = ''} = {}) {
    await page.goto(`${GATEWAY}/${query}${hash}`);
    await page.waitForURL(url => url.href.startsWith(`${KEYCLOAK}/realms/qos/protocol/openid-connect/auth`));
    await page.locator('#username').fill(user);
    await page.locator('#password').fill(user);
    await page.locator('#kc-login').click();
    await page.waitForURL(url => url.href.startsWith(GATEWAY));
    await page.locator('.sign-out').waitFor();
}

/** Go to a portal page (already signed in) and wait for its marker. */
export async function open(page, hash, marker) {
    await page.goto(`${GATEWAY}/${hash}`);
    await page.locator(marker).first().waitFor();
}

/** A demo user's access token (password grant on qos-cli), for calls the tests make themselves. */
export async function token(user) {
    const answer = await fetch(`${KEYCLOAK}/realms/qos/protocol/openid-connect/token`, {
        method: 'POST',
        body: new URLSearchParams({grant_type: 'password', client_id: 'qos-cli', username: user, password: user}),
    });
    if (!answer.ok) throw new Error(`token of ${user}: ${answer.status}`);
    return (await answer.json()).access_token;
}
