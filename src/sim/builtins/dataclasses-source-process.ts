// dataclasses, part two: turning a class into a dataclass (the generated methods, the checks and their errors)
// and the functions that read dataclass instances (fields, asdict, astuple, replace). Runs after part one in
// the same module dict.
export const DATACLASSES_PROCESS_SOURCE = String.raw`
def _init_fn(fields, std_fields, kw_only_fields, frozen, has_post_init, self_name, globals, slots):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
    locals = {f'_type_{f.name}': f.type for f in fields}
    locals.update({
        'MISSING': MISSING,
        '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
        '__dataclass_builtins_object__': object,
    })
    body_lines = []
    for f in fields:
        line = _field_init(f, frozen, locals, self_name, slots)
        if line:
            body_lines.append(line)
    if has_post_init:
        params_str = ','.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body_lines.append(f'{self_name}.__post_init__({params_str})')
    if not body_lines:
        body_lines = ['pass']
    _init_params = [_init_param(f) for f in std_fields]
    if kw_only_fields:
        _init_params += ['*']
        _init_params += [_init_param(f) for f in kw_only_fields]
    return _create_fn('__init__', [self_name] + _init_params, body_lines,
                      locals=locals, globals=globals, return_type=None)

def _repr_fn(fields, globals):
    fn = _create_fn('__repr__', ('self',),
                    ['return self.__class__.__qualname__ + f"(' +
                     ', '.join([f"{f.name}={{self.{f.name}!r}}" for f in fields]) + ')"'],
                    globals=globals)
    return _recursive_repr(fn)

def _frozen_get_del_attr(cls, fields, globals):
    locals = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    if fields:
        fields_str = '(' + ','.join(repr(f.name) for f in fields) + ',)'
    else:
        fields_str = '()'
    return (_create_fn('__setattr__', ('self', 'name', 'value'),
                       (f'if type(self) is cls or name in {fields_str}:',
                        ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                        f'super(cls, self).__setattr__(name, value)'),
                       locals=locals, globals=globals),
            _create_fn('__delattr__', ('self', 'name'),
                       (f'if type(self) is cls or name in {fields_str}:',
                        ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
                        f'super(cls, self).__delattr__(name)'),
                       locals=locals, globals=globals))

def _cmp_fn(name, op, self_tuple, other_tuple, globals):
    return _create_fn(name, ('self', 'other'),
                      ['if other.__class__ is self.__class__:',
                       f' return {self_tuple}{op}{other_tuple}',
                       'return NotImplemented'],
                      globals=globals)

def _hash_fn(fields, globals):
    self_tuple = _tuple_str('self', fields)
    return _create_fn('__hash__', ('self',), [f'return hash({self_tuple})'], globals=globals)

def _is_initvar(a_type):
    return a_type is InitVar or type(a_type) is InitVar

def _is_classvar(a_type, typing):
    # typing._GenericAlias is not modelled: a subscripted ClassVar is known by its __origin__.
    return a_type is typing.ClassVar or getattr(a_type, '__origin__', None) is typing.ClassVar

def _is_kw_only(a_type):
    return a_type is KW_ONLY

def _is_type(annotation, cls, a_module, a_module_name, is_type_predicate):
    # A string annotation naming the type directly ("InitVar[int]") or through a module name bound in the
    # class's module ("dataclasses.InitVar[int]"), looked up in module globals only, as CPython does.
    parts = _annotation_parts(annotation)
    if parts is None:
        return False
    module_name, name = parts
    ns = None
    if not module_name:
        ns = _module_globals(cls.__module__)
    else:
        module_ns = _module_globals(cls.__module__)
        if module_ns is not None and module_ns.get(module_name) is a_module:
            ns = _module_globals(a_module_name)
    return bool(ns) and is_type_predicate(ns.get(name))

def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, _MemberDescriptorType):
            default = MISSING
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    # No annotation can be a ClassVar unless some module imported typing: only then does CPython look.
    typing = _typing_if_imported()
    if typing:
        if (_is_classvar(a_type, typing)
                or (isinstance(f.type, str) and _is_type(f.type, cls, typing, 'typing', lambda a: _is_classvar(a, typing)))):
            f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD:
        if (_is_initvar(a_type)
                or (isinstance(f.type, str) and _is_type(f.type, cls, _this_module, 'dataclasses', _is_initvar))):
            f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR) and f.default_factory is not MISSING:
        raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and _hash_is_none(f.default.__class__):
        raise ValueError(f'mutable default {type(f.default)} for field {f.name} is not allowed: use default_factory')
    return f

def _set_qualname(cls, value):
    if isinstance(value, _FunctionType):
        value.__qualname__ = f"{cls.__qualname__}.{value.__name__}"
    return value

def _set_new_attribute(cls, name, value):
    if _has_own(cls, name):
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False

def _hash_add(cls, fields, globals):
    flds = [f for f in fields if (f.compare if f.hash is None else f.hash)]
    return _set_qualname(cls, _hash_fn(flds, globals))

def _hash_action(unsafe_hash, eq, frozen, has_explicit_hash):
    # The table of Lib/dataclasses.py: 'set none', 'add', 'exception' or None (leave __hash__ alone).
    if unsafe_hash:
        return 'exception' if has_explicit_hash else 'add'
    if eq and not has_explicit_hash:
        return 'add' if frozen else 'set none'
    return None
`;
