/** The known real findings of the corpus (fixtures/corpus-pages/README.md): the only errors any reader may report on it. */
export const KNOWN_ERRORS: Record<string, string[]> = {
  'pingtan-2020': ['table3-results-total'],
  'pingtan-police-2021': ['table3-balance'],
  'pingtan-econdev-2024': ['table3-balance', 'table3-results-total'],
  'pingtan-finance-2021': ['section-missing'],
};
