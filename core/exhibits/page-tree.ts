import { PDFArray, PDFDict, PDFName, PDFPageLeaf, PDFPageTree, PDFRef, type PDFDocument, type PDFObject } from 'pdf-lib';
import { MAX_PAGE_TREE_DEPTH } from './limits.js';

/** What is wrong with a page tree, for the caller to word: its shape, or more pages than allowed. */
export type PageTreeProblem = { kind: 'shape'; detail: string } | { kind: 'pages'; max: number };

const KIDS = PDFName.of('Kids');
const PARENT = PDFName.of('Parent');

/**
 * Walks the page tree before pdf-lib does: pdf-lib follows /Kids and /Parent recursively and without a
 * visited set, so a tree that names a node twice fans out exponentially and one that loops overflows the
 * stack. Each node must be reached once, within MAX_PAGE_TREE_DEPTH levels, and hold at most `maxPages`
 * pages. Each /Parent is set to the node the walk came from, so inherited attributes are read along the
 * same bounded path. Returns the first problem found.
 */
export function checkPageTree(doc: PDFDocument, maxPages: number): PageTreeProblem | undefined {
  const rootRef = doc.catalog.get(PDFName.of('Pages'));
  const root = doc.context.lookup(rootRef);
  if (!(root instanceof PDFPageTree)) return { kind: 'shape', detail: 'its catalog has no page tree' };
  root.delete(PARENT);
  const seen = new Set<PDFObject>([root]);
  const stack: { node: PDFPageTree; ref: PDFObject | undefined; depth: number }[] = [{ node: root, ref: rootRef, depth: 0 }];
  let pages = 0;
  while (stack.length > 0) {
    const { node, ref, depth } = stack.pop()!;
    if (depth > MAX_PAGE_TREE_DEPTH)
      return { kind: 'shape', detail: `its page tree is more than ${MAX_PAGE_TREE_DEPTH} levels deep` };
    const kids = node.lookup(KIDS);
    if (!(kids instanceof PDFArray)) return { kind: 'shape', detail: 'a node of its page tree has no list of kids' };
    for (let i = 0; i < kids.size(); i++) {
      const kidRef = kids.get(i);
      const kid = doc.context.lookup(kidRef);
      if (!(kid instanceof PDFDict)) continue; // pdf-lib skips a kid that is not a page or a page node
      if (seen.has(kid)) return { kind: 'shape', detail: 'its page tree names the same page or node more than once' };
      seen.add(kid);
      if (ref instanceof PDFRef) kid.set(PARENT, ref);
      else kid.delete(PARENT);
      if (kid instanceof PDFPageLeaf && ++pages > maxPages) return { kind: 'pages', max: maxPages };
      if (kid instanceof PDFPageTree) stack.push({ node: kid, ref: kidRef, depth: depth + 1 });
    }
  }
  return undefined;
}
