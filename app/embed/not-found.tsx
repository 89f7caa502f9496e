export default function EmbedNotFound() {
  return (
    <>
      <h1 className="embed-title">This campaign is not available</h1>
      <p>It may have been removed, or the address in the embed code is wrong.</p>
    </>
  );
}
