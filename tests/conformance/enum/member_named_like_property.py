# Members may be called name or value: enum.property finds them on the class and the attribute on members
from enum import Enum

class Field(Enum):
    name = 'the name'
    value = 'the value'
    other = 3

print(Field.name, Field.value, Field.other)
print(Field.name.name, Field.name.value, Field.value.value, Field.other.name)
print(list(Field), Field('the value') is Field.value)
print(type(Field.__dict__['name']).__name__, type(Field.__dict__['other']).__name__)
