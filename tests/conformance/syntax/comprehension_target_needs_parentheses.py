# Two items before 'for' in a list display: the comprehension target needs parentheses
pairs = [x, x * 2 for x in range(3)]
