import { describe, expect, it } from "vitest";
import { EdgeTable, NO_EDGE } from "./edge-table";

describe("EdgeTable", () => {
  it("finds what was inserted and nothing else, across many resizes", () => {
    const edges = new EdgeTable();
    for (let s = 1; s <= 3000; s++) edges.insert(s, s % 97, s * 2);
    for (let s = 1; s <= 3000; s++) expect(edges.get(s, s % 97)).toBe(s * 2);
    expect(edges.get(1, 2)).toBe(NO_EDGE);
    expect(edges.get(3001, 3001 % 97)).toBe(NO_EDGE);
  });
  it("ORs terminal bits into an existing edge", () => {
    const edges = new EdgeTable();
    edges.insert(5, 7, 10);
    edges.or(5, 7, 1);
    expect(edges.get(5, 7)).toBe(11);
  });
});
