// The labels a trace shows for what __build_class__ holds while it makes a class, shared by its plain path
// (build-class.ts) and its metaclass path (build-class-metaclass.ts) so both read alike.
export const CLASS_NAMESPACE = "class namespace";
export const BASES = "bases (__build_class__)";
export const TYPE_CALL_ARGUMENTS = "call arguments (type call)";
export const CLASS_CELL = "__class__ cell (the class body's result)";
