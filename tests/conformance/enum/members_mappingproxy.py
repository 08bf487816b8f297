# __members__ is a read-only mappingproxy of every name, aliases included
from enum import Enum

class Size(Enum):
    S = 'small'
    M = 'medium'
    L = 'large'
    MEDIUM = 'medium'

members = Size.__members__
print(type(members).__name__, len(members))
for name, member in members.items():
    print(name, member, member.name)
print(list(members), 'MEDIUM' in members)
try:
    members['XL'] = 1
except TypeError as e:
    print(e)
print([name for name, m in Size.__members__.items() if name != m.name])
