# A textbook traffic-light state machine on an Enum: transitions in a dict keyed by members, a loop over states
from enum import Enum, auto

class Light(Enum):
    RED = auto()
    GREEN = auto()
    YELLOW = auto()

    def next(self):
        return TRANSITIONS[self]

TRANSITIONS = {Light.RED: Light.GREEN, Light.GREEN: Light.YELLOW, Light.YELLOW: Light.RED}
DURATION = {Light.RED: 30, Light.GREEN: 25, Light.YELLOW: 5}

state = Light.RED
total = 0
for step in range(7):
    total += DURATION[state]
    print(step, state.name, DURATION[state], total)
    state = state.next()
print(state, state is Light.GREEN, [light.value for light in Light])
counts = {}
for light in [Light.RED, Light.GREEN, Light.RED, Light.YELLOW]:
    counts[light] = counts.get(light, 0) + 1
print({k.name: v for k, v in counts.items()})
print(max(Light, key=lambda l: DURATION[l]), sorted(Light, key=DURATION.get))
