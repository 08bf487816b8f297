# SyntaxError report: else with no if: carets under the keyword
else:
    pass
