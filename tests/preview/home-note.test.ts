import { describe, expect, it } from "vitest";
import { noteParamToPath, pickHomeNote } from "../../preview/src/home-note";

describe("pickHomeNote", () => {
	it("prefers Home, then a name ending in Home, then index, README, Welcome", () => {
		expect(pickHomeNote(["A.md", "index.md", "Python Home.md", "home.md"])).toBe("home.md");
		expect(pickHomeNote(["A.md", "index.md", "Python Memory Home.md"])).toBe("Python Memory Home.md");
		expect(pickHomeNote(["A.md", "Welcome.md", "index.md"])).toBe("index.md");
		expect(pickHomeNote(["B.md", "Welcome.md"])).toBe("Welcome.md");
	});

	it("prefers the top level, and falls back to the first note in path order", () => {
		expect(pickHomeNote(["Deep/Home.md", "Home.md"])).toBe("Home.md");
		expect(pickHomeNote(["Zeta.md", "Alpha/Beta.md", "image.png"])).toBe("Alpha/Beta.md");
		expect(pickHomeNote(["image.png"])).toBeNull();
		expect(pickHomeNote(["Homework.md", "Alpha.md"])).toBe("Alpha.md");
	});

	it("maps ?note= values to paths", () => {
		expect(noteParamToPath("Memory/Frames")).toBe("Memory/Frames.md");
		expect(noteParamToPath("/Frames.md")).toBe("Frames.md");
	});
});
