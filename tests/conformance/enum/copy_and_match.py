# copy and deepcopy give the member itself; members in match statements, as value patterns and class patterns
import copy
from enum import Enum

class Light(Enum):
    RED = 'stop'
    GREEN = 'go'

print(copy.copy(Light.RED) is Light.RED, copy.deepcopy([Light.GREEN])[0] is Light.GREEN)

def act(light):
    match light:
        case Light.RED:
            return 'wait'
        case Light.GREEN:
            return 'walk'
        case _:
            return 'unknown'

print(act(Light.RED), act(Light('go')), act('go'))

def kind(x):
    match x:
        case Light(value='stop'):
            return 'red light'
        case Light():
            return 'some light'
    return 'not a light'

print(kind(Light.RED), kind(Light.GREEN), kind(3))
