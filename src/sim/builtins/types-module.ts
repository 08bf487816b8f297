// types: names for the types of the interpreter's own objects. Each is the builtin type itself (types.FunctionType
// is function); the ones pymem has no objects of (CoroutineType, MethodDescriptorType...) and the module's
// functions stop with "pymem does not support types.X yet" when read (unmodelled-attributes.ts).
import { T } from "../heap/classes";
import type { PyModule } from "../heap/callables";
import type { VM } from "../vm/vm";
import { simpleNamespaceType } from "./simple-namespace";

export function installTypesModule(vm: VM, module: PyModule): void {
	const names = {
		FunctionType: T.function,
		LambdaType: T.function,
		CodeType: T.code,
		MappingProxyType: T.mappingproxy,
		CellType: T.cell,
		GeneratorType: T.generator,
		MethodType: T.method,
		BuiltinFunctionType: T.builtin_function_or_method,
		BuiltinMethodType: T.builtin_function_or_method,
		WrapperDescriptorType: T.wrapper_descriptor,
		MethodWrapperType: T["method-wrapper"],
		MethodDescriptorType: T.method_descriptor,
		GetSetDescriptorType: T.getset_descriptor,
		MemberDescriptorType: T.member_descriptor,
		ModuleType: T.module,
		TracebackType: T.traceback,
		FrameType: T.frame,
		GenericAlias: T.GenericAlias,
		UnionType: T.UnionType,
		EllipsisType: T.ellipsis,
		NoneType: T.NoneType,
		NotImplementedType: T.NotImplementedType,
	};
	for (const [name, cls] of Object.entries(names)) vm.dictSetStr(module.dict, name, cls);
	vm.dictSetStr(module.dict, "SimpleNamespace", simpleNamespaceType());
}
