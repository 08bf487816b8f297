# except* splits an ExceptionGroup; each handler sees a subgroup; tracebacks and frames stay until released
import sys
class Payload:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('  free payload', self.n)
def fail(n):
    p = Payload(n)
    raise ValueError(n) if n % 2 else TypeError(n)
errors = []
for i in range(4):
    try:
        fail(i)
    except Exception as e:
        errors.append(e)
print('collected errors', [type(e).__name__ for e in errors])
group = ExceptionGroup('batch', errors)
del errors
try:
    raise group
except* ValueError as eg:
    print('values', [str(e) for e in eg.exceptions], type(eg).__name__)
except* TypeError as eg:
    print('types', [str(e) for e in eg.exceptions])
print('group still holds', len(group.exceptions))
sub = group.subgroup(lambda e: isinstance(e, ValueError))
print('subgroup', sub, sub.exceptions[0] is group.exceptions[1])
match, rest = group.split(TypeError)
print(len(match.exceptions), len(rest.exceptions))
del sub, match, rest
print('dropping the group')
del group
print('done')
try:
    try:
        raise ExceptionGroup('outer', [KeyError('k'), ExceptionGroup('inner', [OSError('o')])])
    except* OSError as eg:
        print('os', repr(eg.exceptions[0]))
except ExceptionGroup as eg:
    print('left', repr(eg), eg.exceptions)
