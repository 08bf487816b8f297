# a match capture named __debug__, after a subpattern: at the last subpattern compiled
match [1]:
    case [x] as __debug__:
        pass
