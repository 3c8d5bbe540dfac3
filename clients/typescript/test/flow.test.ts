// A third party's flow through the TypeScript client that openapi-generator (typescript-fetch) made from the
// gateway's whole-API document, used as generated. Only the token request to Keycloak is hand-written (it is not
// part of the API). Run by scripts/clients-test.sh against a running stack.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import {
    Configuration, ResponseError,
    VoiceQualityClause34Api, ScorecardsApi, PublicationsApi,
    Method, ProblemFromJSON,
} from '../generated';

const GATEWAY = process.env.QOS_GATEWAY_URL ?? 'http://127.0.0.1:8080';
const KEYCLOAK = process.env.QOS_KEYCLOAK_URL ?? 'http://127.0.0.1:8180';
// A quarter of its own, as the Java flow uses.
const FROM = new Date('2026-10-01T00:00:00Z');
const TO = new Date('2026-12-31T00:00:00Z');
const day = (date: Date) => date.toISOString().slice(0, 10);

async function token(user: string): Promise<string> {
    const answer = await fetch(`${KEYCLOAK}/realms/qos/protocol/openid-connect/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'password', client_id: 'qos-cli', username: user, password: user }),
    });
    assert.equal(answer.status, 200);
    return (await answer.json()).access_token;
}

const configuration = (accessToken?: string) => new Configuration({ basePath: GATEWAY, accessToken });

/**
 * The parameter names of a generated operation, read from its own request builder (...RequestOpts): for the
 * operations that another change is adding to the document (typed uploads), whose request types this file cannot
 * name before they exist.
 */
async function parameterNames(api: any, operation: string): Promise<string[]> {
    const seen: string[] = [];
    const probe = new Proxy({}, {
        get(_target, key) {
            if (typeof key === 'string' && !seen.includes(key)) {
                seen.push(key);
            }
            return [];
        },
    });
    try {
        await api[`${operation}RequestOpts`](probe);
    } catch {
        // what the probe's values could not be turned into: the names were read before
    }
    return seen;
}

test('the flow through the generated TypeScript client', async (t) => {
    const operator = configuration(await token('alpha'));
    const regulator = configuration(await token('regulator'));
    const voice = new VoiceQualityClause34Api(operator);
    let campaignId = '';
    let publicationId = '';

    await t.test('creates a voice campaign', async () => {
        const created = await voice.createVoiceCampaignRaw({
            voiceCampaignRequest: { operatorId: 'ALPHA', areaCode: 'HN', method: Method.Objective, periodStart: FROM, periodEnd: TO },
        });
        assert.equal(created.raw.status, 201);
        const campaign = await created.value();
        assert.equal(campaign.operatorId, 'ALPHA');
        campaignId = campaign.id!;
        assert.ok(created.raw.headers.get('Location')?.startsWith(`${GATEWAY}/api/v1/voice/campaigns/${campaignId}`));
    });

    await t.test('uploads JSON rows (uploadVoiceSamples)', async (s) => {
        const api = voice as any;
        if (typeof api.uploadVoiceSamplesRaw !== 'function') {
            s.skip('NOT RUN: the merged document has no operation uploadVoiceSamples yet (typed uploads are added by another change)');
            return;
        }
        const names = await parameterNames(api, 'uploadVoiceSamples');
        const body = names.find((name) => !['id', 'dryRun', 'idempotencyKey'].includes(name));
        assert.ok(body, `the body parameter among ${names}`);
        const answer = await api.uploadVoiceSamplesRaw({
            id: campaignId,
            idempotencyKey: `json-rows-${campaignId}`,
            [body!]: [
                { callId: 'J1', startedAt: new Date('2026-10-01T01:30:00Z'), score: 3.8, speedKmh: 12.5, onNet: true },
                { callId: 'J2', startedAt: new Date('2026-10-01T01:31:00Z'), score: 2.9, speedKmh: 31, onNet: true },
            ],
        });
        assert.equal(answer.raw.status, 200);
        assert.equal((await answer.value()).accepted, 2);
    });

    await t.test('uploads a CSV file through the CSV-only operation (uploadVoiceSamplesCsv)', async (s) => {
        const api = voice as any;
        if (typeof api.uploadVoiceSamplesCsvRaw !== 'function') {
            s.skip('NOT RUN: the merged document has no operation uploadVoiceSamplesCsv yet (typed uploads are added by another change)');
            return;
        }
        const names = await parameterNames(api, 'uploadVoiceSamplesCsv');
        const body = names.find((name) => !['id', 'dryRun', 'idempotencyKey'].includes(name));
        assert.ok(body, `the body parameter among ${names}`);
        const answer = await api.uploadVoiceSamplesCsvRaw({
            id: campaignId,
            idempotencyKey: `csv-rows-${campaignId}`,
            [body!]: 'callId,startedAt,score,speedKmh,onNet\n'
                + 'K1,2026-10-02T08:30:00+07:00,4.1,0,true\n'
                + 'K2,2026-10-02T08:31:00+07:00,3.2,5,false\n'
                + 'K3,2026-10-02T08:32:00+07:00,2.5,10,true\n',
        });
        assert.equal(answer.raw.status, 200);
        assert.equal((await answer.value()).accepted, 3);
    });

    await t.test('reads the result', async () => {
        const result = await voice.getVoiceCampaignResult({ id: campaignId });
        assert.equal(result.kpiId, 'voice.quality');
        assert.equal(result.campaignId, campaignId);
        assert.ok(result.verdict);
        assert.ok(result.sample);
    });

    await t.test('reads a paged list with its total', async () => {
        const api = voice as any;
        const list = typeof api.listVoiceCampaignsRaw === 'function' ? 'listVoiceCampaignsRaw' : 'getVoiceCampaignsRaw';
        const page = await api[list]({ operatorId: 'ALPHA', from: FROM, to: TO, page: 0, size: 1 });
        assert.equal(page.raw.status, 200);
        const total = Number(page.raw.headers.get('X-Total-Count'));
        assert.ok(total >= 1, `X-Total-Count ${total}`);
        const items = await page.value();
        assert.equal(items.length, 1);
        assert.equal(items[0].id, campaignId);
    });

    await t.test('reads a scorecard', async () => {
        const scorecard = await new ScorecardsApi(operator).getScorecard({ operatorId: 'ALPHA', from: day(FROM), to: day(TO) });
        assert.equal(scorecard.operatorId, 'ALPHA');
        assert.ok(scorecard.overall);
        const family = scorecard.families?.['voice'];
        assert.ok(family, 'the voice family');
        assert.ok(family.results?.some((result) => result.campaignId === campaignId), "the flow's campaign is in the scorecard");
    });

    await t.test('publishes as the regulator', async () => {
        const published = await new PublicationsApi(regulator).publishScorecardsRaw({
            // a reason: the Java flow (or an earlier run) may have published the period already
            publicationRequest: { from: day(FROM), to: day(TO), reason: 'generated TypeScript client flow' },
        });
        assert.equal(published.raw.status, 201);
        const document = await published.value();
        assert.equal(document.publishedBy, 'regulator');
        assert.ok(document.scorecards!.length > 0);
        assert.ok(document.revision >= 1);
        publicationId = document.id!;
    });

    await t.test('reads the public publication without a token', async () => {
        const document = await new PublicationsApi(configuration()).getPublicPublication({ id: publicationId });
        assert.equal(document.id, publicationId);
        assert.ok(document.scorecards!.some((card) => card.operatorId === 'ALPHA'));
    });

    await t.test('receives a typed problem on bad input', async () => {
        let refused: unknown;
        try {
            await voice.createVoiceCampaign({
                voiceCampaignRequest: { operatorId: 'ALPHA', areaCode: 'HN', method: Method.Objective, periodStart: TO, periodEnd: FROM },
            });
        } catch (error) {
            refused = error;
        }
        assert.ok(refused instanceof ResponseError, `a ResponseError, not ${refused}`);
        assert.equal(refused.response.status, 400);
        assert.match(refused.response.headers.get('Content-Type') ?? '', /^application\/problem\+json/);
        const problem = ProblemFromJSON(await refused.response.json());
        assert.equal(problem.status, 400);
        assert.ok(problem.title);
        assert.ok(problem.errors && problem.errors.length > 0 && problem.errors[0].field, 'errors[] names the field');
        await assert.rejects(new VoiceQualityClause34Api(configuration()).getVoiceCampaignResult({ id: campaignId }),
            (error: unknown) => error instanceof ResponseError && error.response.status === 401);
    });
});
