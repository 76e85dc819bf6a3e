// Hand-written runtime for this client; the generator never touches this folder.
export {};
