import { describe, expect, it } from "vitest";
import { pyLen } from "../../../src/sim/runtime/codepoints";
import * as c from "../../../src/sim/runtime/strCase";
import { strIsPrintable, strRepr } from "../../../src/sim/runtime/strRepr";
import * as f from "../../../src/sim/runtime/strSearch";
import { capture, loadFixture, type Outcome } from "./fixtures";

type Arg = string | number | boolean | null | string[];
type Method = (s: string, ...args: never[]) => unknown;

const METHODS: Record<string, Method> = {
	split: f.strSplit, rsplit: f.strRsplit, find: f.strFind, rfind: f.strRfind, index: f.strIndex, rindex: f.strRindex,
	count: f.strCount, replace: f.strReplace, startswith: f.strStartsWith, endswith: f.strEndsWith,
	partition: f.strPartition, rpartition: f.strRpartition, splitlines: f.strSplitlines,
	strip: c.strStrip, lstrip: c.strLstrip, rstrip: c.strRstrip, upper: c.strUpper, lower: c.strLower, casefold: c.strCasefold,
	title: c.strTitle, capitalize: c.strCapitalize, swapcase: c.strSwapcase, center: c.strCenter, ljust: c.strLjust,
	rjust: c.strRjust, zfill: c.strZfill, expandtabs: c.strExpandtabs, removeprefix: c.strRemoveprefix,
	removesuffix: c.strRemovesuffix, isdigit: c.strIsdigit, isalpha: c.strIsalpha, isalnum: c.strIsalnum,
	isspace: c.strIsspace, isupper: c.strIsupper, islower: c.strIslower, istitle: c.strIstitle,
	isidentifier: c.strIsidentifier, isdecimal: c.strIsdecimal, isnumeric: c.strIsnumeric, isascii: c.strIsascii,
	isprintable: strIsPrintable, __repr__: strRepr, __len__: pyLen,
};

const cases = loadFixture<{ s: string; method: string; args: Arg[]; result: Outcome<unknown> }[]>("str-methods.json");

describe("str methods against python3", () => {
	it.each(cases)("%j", ({ s, method, args, result }) => {
		const fn = METHODS[method];
		if (!fn) throw new Error(`no implementation mapped for ${method}`);
		expect(capture(() => (fn as (s: string, ...a: Arg[]) => unknown)(s, ...args))).toEqual(result);
	});
});
