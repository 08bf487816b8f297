// What a types.UnionType does (unionobject.c): `X | Y` between classes, None, generic aliases and unions
// makes one, flattened and without repeats; isinstance and issubclass accept it; its repr joins the members.
import type { PyObject } from "../heap/object";
import { PyClass, T } from "../heap/classes";
import { PyTuple } from "../heap/containers";
import { PyGenericAlias } from "../heap/generic-alias";
import { PyUnionType } from "../heap/union-type";
import type { VM } from "./vm";
import { compareValues } from "./comparisons";
import { aliasItemRepr } from "./generic-alias-ops";

/** is_unionable for the kinds pymem has (no TypeVar or typing special forms). */
function isUnionable(vm: VM, o: PyObject): boolean {
	return o === vm.None || o instanceof PyClass || o instanceof PyGenericAlias || o instanceof PyUnionType;
}

/**
 * _Py_union_type_or, the nb_or of type, GenericAlias and UnionType (so one operand must be one of them; None
 * only joins them). Undefined is NotImplemented.
 */
export function unionOr(vm: VM, a: PyObject, b: PyObject): PyObject | undefined {
	if (!(hasUnionOr(a) || hasUnionOr(b)) || !isUnionable(vm, a) || !isUnionable(vm, b)) return undefined;
	const left = members(vm, a);
	const merged = merge(vm, left, members(vm, b));
	// Nothing new on the right: the left operand itself (None as NoneType).
	if (!merged) return vm.incref(left.length === 1 ? left[0]! : a);
	const union = vm.heap.register(new PyUnionType(merged));
	vm.heap.observer?.contentChanged(union);
	return union;
}

function hasUnionOr(o: PyObject): boolean {
	return o instanceof PyClass || o instanceof PyGenericAlias || o instanceof PyUnionType;
}

/** get_types: a union's members, or the object alone (None as NoneType). */
function members(vm: VM, o: PyObject): PyObject[] {
	if (o instanceof PyUnionType) return (o.args as PyTuple).items;
	return [o === vm.None ? T.NoneType : o];
}

/**
 * merge: the left members then each right member they lack, in a tuple made at the first new member (sized
 * for every member still to come, then shrunk in place), or null when the right adds nothing.
 */
function merge(vm: VM, left: PyObject[], right: PyObject[]): PyTuple | null {
	const isNew = right.map((member) => !left.some((known) => sameMember(vm, known, member)));
	const first = isNew.indexOf(true);
	if (first < 0) return null;
	// PyTuple_New(size1 + size2 - first) takes from the free list of that length; _PyTuple_Resize then drops
	// the slots the repeats after `first` did not fill.
	const tuple = vm.heap.register(new PyTuple([...left, ...right.slice(first)].map((m) => vm.incref(m))), true);
	for (let i = right.length - 1; i > first; i--) {
		if (isNew[i]) continue;
		vm.decref(tuple.items[left.length + i - first]!);
		tuple.items.splice(left.length + i - first, 1);
	}
	return tuple;
}

/** is_same: generic aliases by ==, anything else by identity. */
function sameMember(vm: VM, a: PyObject, b: PyObject): boolean {
	if (a === b) return true;
	return a instanceof PyGenericAlias && b instanceof PyGenericAlias && compareValues(vm, a, b, "Eq");
}

/** union_repr: `int | str | None`. */
export function unionRepr(vm: VM, u: PyUnionType): string {
	return (u.args as PyTuple).items.map((member) => (member === T.NoneType ? "None" : aliasItemRepr(vm, member))).join(" | ");
}

/** union_richcompare: as sets of members. Null when either is no union. */
export function unionsEqual(a: PyObject, b: PyObject): boolean | null {
	if (!(a instanceof PyUnionType) || !(b instanceof PyUnionType)) return null;
	const mine = new Set((a.args as PyTuple).items);
	const theirs = (b.args as PyTuple).items;
	return mine.size === new Set(theirs).size && theirs.every((member) => mine.has(member));
}

/** The empty tuple once asked for (no type variables among pymem's members). */
export function unionParameters(vm: VM, u: PyUnionType): PyObject {
	if (!u.parameters) {
		u.parameters = vm.incref(vm.emptyTuple);
		vm.heap.observer?.contentChanged(u);
	}
	return u.parameters;
}
