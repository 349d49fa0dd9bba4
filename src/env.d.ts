/// <reference types="vite/client" />

declare module '*.ink' {
  const story: import('./engine/storyInfo.ts').CompiledStory;
  export default story;
}

declare module 'virtual:story-catalogue' {
  export const stories: readonly import('./engine/storyInfo.ts').CatalogueEntry[];
}
