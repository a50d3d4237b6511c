"""Internal control's pages: ``pages`` reads (the plan with its follow-up, the register and the
matrix), ``edit`` writes (risks, actions, follow-ups, the ISK-bedömning, a new year's plan)."""
