/**
 * Texts of the repair hints (src/check/hints.ts) that the sum rules attach to a failed equation.
 * Each sum rule's text file spreads these into its hints, so every sum finding can carry them.
 */
export const REPAIR_HINTS = {
  zh: {
    split: '可能是一个数被拆成了两格：{cellA}为 {a}、相邻的{cellB}为 {b}，合起来是 {merged}；若 {merged} 应在{target}，各式都能成立。请对照原表核对这两格（本工具不会自动改正）。',
    slip: '可能有 {delta} 件记错了格：{cellA}（{a}）与{cellB}（{b}）若改为 {newA} 和 {newB}，这两处不平衡同时消除且不影响其他各式。请核对原始登记。',
    slipSome: '两处不平衡一正一负、相差同为 {delta}，像是同一行（或同一列）中有 {delta} 件记错了格；可能的位置有 {count} 处，例如：{pairs}。请核对原始登记。',
    copied: '本格 {value} 与相邻的{neighbour}相同，可能是照抄了相邻行（列）的合计；按各项相加应为 {expected}。',
    shifted: '{line}的数字可能从{from}起整体向{direction}错了一格；把这些数移回一格后各式都能成立。请对照原表核对这一行（列）。',
    cellHere: '最可能是本格填错了：本格改为 {value} 后，本式和另外 {others} 处不平衡都能成立，且不影响其他各式。请核对原始登记。',
    cellThere: '最可能是{cell}填错了：该格现为 {current}，应为 {value}。改为 {value} 后，本式和另外 {others} 处不平衡都能成立，且不影响其他各式。请核对原始登记。',
    sameCause: '这处不平衡与{cell}是同一个原因：该格改正后本式即成立，本式其他的数不必改。',
    sameCell: '这处不平衡也是本格填错引起的：本格改正后本式即成立。',
    shared: '本式与另外 {others} 处不平衡共用{shared}，无法只凭本式判断哪一格填错；请先核对这些共用的单元格，改正后再重新核对各式。',
  },
  en: {
    split: 'One number may have been split over two cells: {cellA} is {a} and the next cell {cellB} is {b}, which together read {merged}; with {merged} in {target} every sum holds. Check these two cells against the original table (gongkai does not correct them).',
    slip: '{delta} application(s) may have been entered in the wrong cell: if {cellA} ({a}) and {cellB} ({b}) were {newA} and {newB}, both failures disappear and no other sum breaks. Check the original records.',
    slipSome: 'Two failures differ by the same {delta} with opposite signs, as if {delta} application(s) were entered in the wrong cell of one row or column; {count} places fit, e.g. {pairs}. Check the original records.',
    copied: 'This cell ({value}) equals the neighbouring {neighbour}; the total may have been copied from the neighbouring row or column. The items add up to {expected}.',
    shifted: 'The numbers of {line} may be shifted by one cell {directionEn} from {from} on; moved back, every sum holds. Check this row or column against the original table.',
    cellHere: 'Most likely this cell is wrong: with {value} here, this sum and the {others} other failing one(s) all hold and no other sum breaks. Check the original records.',
    cellThere: 'Most likely {cell} is wrong: it holds {current}, expected {value}. With {value} there, this sum and the {others} other failing one(s) all hold and no other sum breaks. Check the original records.',
    sameCause: 'This failure has the same cause as {cell}: once that cell is corrected, this sum holds; its other figures need no change.',
    sameCell: 'This failure comes from the same wrong cell: once this cell is corrected, this sum holds too.',
    shared: 'This sum shares {sharedEn} with {others} other failing sum(s), so it alone cannot tell which cell is wrong; check the shared cells first, then the sums again.',
  },
} as const;
