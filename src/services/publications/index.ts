export { articleReadiness, diffPublication, previewPublication, type LanguageReadiness, type Preview } from "./compare";
export { publishArticle, type Publisher, type PublishInput } from "./publish";
export { getPublication, latestPublication, listPublications, publicationFile, type PublicationDetail, type PublicationSummary } from "./queries";
