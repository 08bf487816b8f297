# StrEnum and IntEnum members are str and int: string methods, arithmetic, json-like use, value checks
from enum import StrEnum, IntEnum, auto

class Method(StrEnum):
    GET = auto()
    POST = 'POST'

class Http(IntEnum):
    OK = 200
    NOT_FOUND = 404

print(Method.GET.upper(), Method.POST.lower(), Method.GET + '/x', Method.GET == 'get', len(Method.POST))
print('-'.join(Method), sorted(Method), Method('POST') is Method.POST)
print(Http.OK + 1, Http.NOT_FOUND // 100, Http(404).name, Http.OK == 200, f'{Http.OK:05d}', str(Http.OK))
print(isinstance(Method.GET, str), type(Method.GET.value).__name__, type(Http.OK.value).__name__)
try:
    class Bad(StrEnum):
        ONE = 1
except TypeError as e:
    print(e)
try:
    class NotInt(IntEnum):
        A = 'x'
except ValueError as e:
    print(e)
