# sys.implementation is the SimpleNamespace python3 3.11.7 on x86-64 Linux shows: name, cache_tag, version, hexversion, _multiarch
import sys
impl = sys.implementation
print(impl)
print(type(impl).__name__, impl.name, impl.cache_tag, impl.version, impl.hexversion == sys.hexversion, impl._multiarch)
print(impl.version == sys.version_info, impl.version[:2], impl.version.major, sorted(vars(impl)), sys.getrefcount(impl))
print(impl == sys.implementation, impl.cache_tag.startswith(impl.name))
impl.extra = "set"
print(impl.extra, "extra" in vars(sys.implementation))
del impl.extra
print(sys.implementation)
