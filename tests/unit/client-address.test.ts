import assert from "node:assert/strict";
import { BlockList } from "node:net";
import { describe, test } from "node:test";

const { clientAddressFrom, UNKNOWN_CLIENT } = await import("@/lib/rate-limit/client-address");
const { getEnv } = await import("@/lib/env");

// Who a signing request is counted as (issue #13, finding 4): one IPv6 /64 was unlimited, and an
// empty or trailing-comma X-Forwarded-For turned the limit off.

const forwardedFor = (value?: string) => new Headers(value === undefined ? {} : { "x-forwarded-for": value });
const noProxies = new BlockList();
const keyOf = (value: string | undefined, trusted = noProxies) => clientAddressFrom(forwardedFor(value), trusted);

// First: getEnv() keeps the first configuration it accepts, and TRUSTED_PROXIES is set below.
describe("TRUSTED_PROXIES", () => {
  test("that is not a list of addresses and CIDR ranges stops the start with its name", () => {
    for (const value of ["proxy.internal", "10.0.0.0/33", "::1/129", "10.0.0.0/", "10.0.0.0/8/1", "10.0.0.0/-1", "10.0.0.1, 10.0.0.300"]) {
      process.env.TRUSTED_PROXIES = value;
      assert.throws(() => getEnv(), /TRUSTED_PROXIES/, value);
    }
  });

  test("entries are skipped from the right; the first untrusted one is the client", () => {
    process.env.TRUSTED_PROXIES = " 10.0.0.0/8 , 192.0.2.1,2001:db8:ffff::/48,";
    const key = (value: string) => clientAddressFrom(forwardedFor(value));
    assert.equal(key("203.0.113.9, 10.1.2.3"), "203.0.113.9");
    assert.equal(key("198.51.100.7, 203.0.113.9, 192.0.2.1, 10.0.0.2"), "203.0.113.9", "an untrusted hop stops the walk");
    assert.equal(key("203.0.113.9, 192.0.2.2"), "192.0.2.2", "a single address trusts only itself");
    assert.equal(key("2001:db8:5:6::1, [2001:db8:ffff:1::9]:443"), "2001:db8:5:6::/64");
    assert.equal(key("203.0.113.9, ::ffff:10.0.0.7"), "203.0.113.9", "a mapped address is its IPv4 address");
    assert.equal(key("10.9.9.9, 10.0.0.2"), "10.9.9.9", "every hop trusted: the furthest is the client");
  });

  test("an empty or unreadable entry left of the trusted proxies is no free pass", () => {
    const key = (value: string) => clientAddressFrom(forwardedFor(value));
    assert.equal(key("203.0.113.9, , 10.0.0.2"), UNKNOWN_CLIENT);
    assert.equal(key("203.0.113.9, unknown, 10.0.0.2"), UNKNOWN_CLIENT);
  });
});

describe("the client address, with no trusted proxy", () => {
  test("is the entry the nearest proxy appended to X-Forwarded-For, an IPv4 address as it is", () => {
    assert.equal(keyOf("10.0.0.1, 203.0.113.9"), "203.0.113.9");
    assert.equal(keyOf(" 203.0.113.9 "), "203.0.113.9");
    assert.equal(keyOf("203.0.113.9, 10.0.0.1"), "10.0.0.1", "a private address is a client like any other");
  });

  test("of any two addresses in one IPv6 /64 is the same; another /64 is another client", () => {
    const key = keyOf("2001:db8:aa:bb::1");
    assert.equal(key, "2001:db8:aa:bb::/64");
    for (const same of ["2001:db8:aa:bb:ffff:ffff:ffff:ffff", "2001:0DB8:00AA:00bb:1:2:3:4", "2001:db8:aa:bb::1.2.3.4", "2001:db8:aa:bb:0:0:0:0"]) {
      assert.equal(keyOf(same), key, same);
    }
    assert.equal(keyOf("2001:db8:aa:bc::1"), "2001:db8:aa:bc::/64");
    assert.equal(keyOf("2001:db8::1"), "2001:db8:0:0::/64", ":: compression");
    assert.equal(keyOf("::1"), "0:0:0:0::/64");
    assert.equal(keyOf("::"), "0:0:0:0::/64");
  });

  test("an IPv4-mapped IPv6 address is its IPv4 address", () => {
    assert.equal(keyOf("::ffff:203.0.113.9"), "203.0.113.9");
    assert.equal(keyOf("::FFFF:cb00:7109"), "203.0.113.9");
    assert.equal(keyOf("[::ffff:203.0.113.9]:51234"), "203.0.113.9");
  });

  test("reads brackets, ports and zone ids as proxies write them", () => {
    assert.equal(keyOf("[2001:db8:aa:bb::1]"), "2001:db8:aa:bb::/64");
    assert.equal(keyOf("[2001:db8:aa:bb::1]:8080"), "2001:db8:aa:bb::/64");
    assert.equal(keyOf("203.0.113.9:51234"), "203.0.113.9");
    assert.equal(keyOf("fe80::1%eth0"), "fe80:0:0:0::/64");
  });

  test("is the one shared unknown client when the header is missing, empty or ends in a comma", () => {
    assert.equal(UNKNOWN_CLIENT, "unknown");
    for (const value of [undefined, "", " ", ",", " , ", "203.0.113.9,", "203.0.113.9, "]) {
      assert.equal(keyOf(value), UNKNOWN_CLIENT, JSON.stringify(value));
    }
  });

  test("is the unknown client when the nearest entry is not an address", () => {
    const garbage = [
      "unknown",
      "proxy.example",
      "203.0.113.9-abc",
      "01.2.3.4",
      "203.0.113.256",
      "1:2:3:4:5:6:7:8:9",
      "[2001:db8::1",
      "[2001:db8::1]x",
    ];
    for (const value of [...garbage, "203.0.113.9, [::1]:99999", "a".repeat(10_000)]) {
      assert.equal(keyOf(value), UNKNOWN_CLIENT, value.slice(0, 40));
    }
  });
});
