// The TypeScript client against the running system (run by the system tests' TypeScriptClientTest with the gateway's
// URL and a staff token in the environment): a public call, a token call, and two problems read as the documents
// type them. The compiler checks the types; these tests check the values.
import assert from "node:assert/strict";
import { test } from "node:test";
import { directoryClient, gatewayClient, type GatewayProblem, type Problem } from "./clients.js";

function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === "") {
    throw new Error(`${name} is not set: the system tests run this file with the running system's gateway`);
  }
  return value;
}

const baseUrl = required("GATEWAY_URL");
const staffToken = required("STAFF_TOKEN");

test("anyone searches the member directory", async () => {
  const { data, error, response } = await directoryClient({ baseUrl }).GET("/api/v1/members", {
    params: { query: { unit: "km", size: "5" } },
  });
  assert.equal(response.status, 200);
  assert.equal(error, undefined);
  assert.ok(data);
  assert.equal(data.unit, "km");
  assert.equal(data.size, 5);
  assert.ok(Array.isArray(data.items));
});

test("staff create a partner key with a token", async () => {
  const { data, response } = await gatewayClient({ baseUrl, token: staffToken }).POST("/api/v1/api-keys", {
    body: { name: "TypeScript client partner", type: "server", requestsPerMinute: 100, requestsPerDay: 10 },
  });
  assert.equal(response.status, 201);
  assert.ok(data?.secret);
  assert.equal(data.key?.name, "TypeScript client partner");
});

test("an invalid parameter is a typed validation problem", async () => {
  const { data, error, response } = await directoryClient({ baseUrl }).GET("/api/v1/members", {
    params: { query: { unit: "parsec" } },
  });
  assert.equal(response.status, 400);
  assert.equal(data, undefined);
  assert.equal(response.headers.get("content-type"), "application/problem+json");
  const problem: Problem | undefined = error;
  assert.equal(problem?.status, 400);
  assert.deepEqual(problem?.errors?.map((e) => e.field), ["unit"]);
});

test("a partner key past its daily quota gets a typed rate-limited problem", async () => {
  const created = await gatewayClient({ baseUrl, token: staffToken }).POST("/api/v1/api-keys", {
    body: { name: "TypeScript quota partner", type: "server", requestsPerMinute: 100, requestsPerDay: 2 },
  });
  const apiKey = created.data?.secret;
  assert.ok(apiKey);
  const partner = directoryClient({ baseUrl, apiKey });
  for (let i = 0; i < 2; i++) {
    const { response } = await partner.GET("/api/v1/members", { params: { query: { size: "1" } } });
    assert.equal(response.status, 200);
  }
  const { data, error, response } = await partner.GET("/api/v1/members", { params: { query: { size: "1" } } });
  assert.equal(response.status, 429);
  assert.equal(data, undefined);
  assert.ok(response.headers.get("retry-after"));
  const problem: Problem | undefined = error;
  assert.equal(problem?.status, 429);
  assert.equal(problem?.type, "https://jewelers.example/problems/rate-limited");
});

// A problem of the gateway's own document (its 401 for a missing token) has the same shape there.
test("staff operations without a token are a typed problem of the gateway's document", async () => {
  const { error, response } = await gatewayClient({ baseUrl }).GET("/api/v1/api-keys");
  assert.equal(response.status, 401);
  const problem: GatewayProblem | undefined = error;
  assert.equal(problem?.status, 401);
});
